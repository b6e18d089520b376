# WRONG: looks the complement up without checking that it is another coin, so a coin worth T/2 is paired with itself ("1 1"); caught by test 02 (and 04, 06, 08, 09).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    first = {}
    for i in range(n):
        first.setdefault(a[i], i)
    for i in range(n):
        j = first.get(t - a[i])
        if j is not None:
            print(min(i, j) + 1, max(i, j) + 1)
            return
    print(-1)


main()
