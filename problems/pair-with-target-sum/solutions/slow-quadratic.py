# SLOW: tries every pair (i, j) in order, O(n^2); right answers but far too slow on test 13 (no pair, n = 100000) and test 14.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    for i in range(n):
        need = t - a[i]
        for j in range(i + 1, n):
            if a[j] == need:
                print(i + 1, j + 1)
                return
    print(-1)


main()
