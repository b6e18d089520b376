import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = sorted(map(int, data[1:1 + n]))
    best = min(f[i + 1] - f[i] for i in range(n - 1))
    if best == 0:
        # every pair inside a group of equal forks has gap 0
        pairs = sum(k * (k - 1) // 2 for k in Counter(f).values())
    else:
        # all values distinct: a pair with the smallest gap must be neighbours in sorted order
        pairs = sum(1 for i in range(n - 1) if f[i + 1] - f[i] == best)
    print(best, pairs)


main()
