# WRONG: keeps searching left only when MORE than k pairs are within d (count > k instead of >= k), so when exactly k pairs are within the answer it overshoots to the next distance; caught by sample 01 and test 08 (and 05, 07, 10, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    x = sorted(map(int, data[2:2 + n]))

    def pairs_within(d):
        count = 0
        left = 0
        for right in range(n):
            xr = x[right] - d
            while x[left] < xr:
                left += 1
            count += right - left
        return count

    lo, hi = 0, x[-1] - x[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs_within(mid) > k:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
