# SLOW: compares every pair of forks, O(n^2); right on tests 01-08 but far too slow on tests 09-13 (n >= 10 000).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = list(map(int, data[1:1 + n]))
    best, pairs = -1, 0
    for i in range(n):
        fi = f[i]
        for j in range(i + 1, n):
            d = abs(fi - f[j])
            if best < 0 or d < best:
                best, pairs = d, 1
            elif d == best:
                pairs += 1
    print(best, pairs)


main()
