# WRONG: after sorting, counts only neighbouring pairs with the smallest gap, which misses pairs of equal forks that are not neighbours (three forks at 5 give 2, not 3); caught by sample 02 (and 06, 07, 11, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = sorted(map(int, data[1:1 + n]))
    best = min(f[i + 1] - f[i] for i in range(n - 1))
    print(best, sum(1 for i in range(n - 1) if f[i + 1] - f[i] == best))


main()
