import sys
from bisect import bisect_left
from itertools import repeat
from operator import sub


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    x = sorted(map(int, data[2:2 + n]))
    all_pairs = n * (n - 1) // 2

    def pairs_within(d):
        # Pairs at distance <= d: for each mast r, the masts l < r with x[l] >= x[r] - d, i.e.
        # r - bisect_left(x, x[r] - d) of them. Summed with map() so the loop runs in C.
        lefts = sum(map(bisect_left, repeat(x, n), map(sub, x, repeat(d, n))))
        return all_pairs - lefts

    lo, hi = 0, x[-1] - x[0]  # the answer is the smallest d with pairs_within(d) >= k
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs_within(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
