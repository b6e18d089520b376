# SLOW: sums every stretch with sum(a[s:s+k]), O(n * k); right answers but far too slow on test 12 (n = 100000, k = 50000) and test 13.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    best, best_start = None, 0
    for s in range(n - k + 1):
        total = sum(a[s:s + k])
        if best is None or total > best:
            best, best_start = total, s + 1
    print(best_start, best)


main()
