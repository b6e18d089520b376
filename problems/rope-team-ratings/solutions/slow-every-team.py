# SLOW: rates every team directly in O(n^2); right answers on the small tests, but far too slow on tests 10 and 11 (50000 climbers) and on 12 and 13.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    total = 0
    for l in range(n):
        mn = a[l]
        s = 0
        for r in range(l, n):
            if a[r] < mn:
                mn = a[r]
            s += a[r]
            total += mn * s
    print(total % (10**9 + 7))


main()
