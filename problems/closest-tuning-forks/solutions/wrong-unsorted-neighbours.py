# WRONG: compares only forks that are next to each other in the input, without sorting; caught by sample 01 and by test 05 (the close pairs are far apart in the input).
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = list(map(int, data[1:1 + n]))
    gaps = [abs(f[i + 1] - f[i]) for i in range(n - 1)]
    best = min(gaps)
    if best == 0:
        print(0, sum(k * (k - 1) // 2 for k in Counter(f).values()))
    else:
        print(best, gaps.count(best))


main()
