# WRONG: "fixes" negative readings with abs(r) % m, which mirrors them: -3 is put on the spot of 3 instead of 7 (m = 10); caught by sample 01 and test 05 (and 02, 07, 08, 10, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    count = {}
    for tok in data[2:2 + n]:
        r = abs(int(tok)) % m
        count[r] = count.get(r, 0) + 1
    print(sum(c * (c - 1) // 2 for c in count.values()))


main()
