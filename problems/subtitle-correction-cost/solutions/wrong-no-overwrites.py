# WRONG: keeps a longest common subsequence and deletes / inserts everything else, never overwriting; right whenever no overwrite pays off (sample 02, tests 03, 05-08, 12, 14), caught by sample 01 (and 04, 09-11, 13).
import sys


def main():
    data = sys.stdin.read().split()
    ins, dele = int(data[0]), int(data[1])
    a, b = data[3], data[4]
    m = len(b)
    prev = [0] * (m + 1)
    for ca in a:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if b[j - 1] == ca:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    common = prev[m]
    print((len(a) - common) * dele + (len(b) - common) * ins)


main()
