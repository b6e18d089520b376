# WRONG: the binary search moves lo past every feasible mid (lo = mid + 1) and prints lo, which is the smallest INFEASIBLE distance, one too many; caught by sample 02 (and 07 to 12; it is right only when the upper bound itself is the answer).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = sorted(map(int, data[2:2 + n]))

    def fits(d):
        count, last = 1, p[0]
        for x in p:
            if x - last >= d:
                count += 1
                last = x
        return count >= k

    lo, hi = 1, (p[-1] - p[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            lo = mid + 1
        else:
            hi = mid
    print(lo)


main()
