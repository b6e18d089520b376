import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = sorted(map(int, data[2:2 + n]))

    def fits(d):
        # Greedy: a box on the first spot, then on every spot at least d past the last box.
        count, last = 1, p[0]
        for x in p:
            if x - last >= d:
                count += 1
                last = x
                if count >= k:
                    return True
        return False

    lo, hi = 1, (p[-1] - p[0]) // (k - 1)  # fits(lo) always holds: the spots are distinct
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
