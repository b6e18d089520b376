import sys


def days_needed(weights, cap):
    days = 1
    load = 0
    for w in weights:
        load += w
        if load > cap:
            days += 1
            load = w
    return days


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    weights = list(map(int, data[2:2 + n]))
    lo, hi = max(weights), sum(weights)  # the answer lies in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
