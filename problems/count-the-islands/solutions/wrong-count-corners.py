# Wrong: counts land cells with no land above and no land to the left, as if every island had exactly one such top-left corner; a U-shaped island has two. Caught by sample 01, by test 09 (U shapes) and by the comb of test 13.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    rows = data[2:2 + r]
    islands = 0
    for i in range(r):
        row = rows[i]
        above = rows[i - 1] if i > 0 else None
        for j in range(c):
            if row[j] == 35 and (j == 0 or row[j - 1] != 35) and (above is None or above[j] != 35):
                islands += 1
    print(islands)


main()
