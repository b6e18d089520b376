import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    # Readings are made distinct as (value, minute) pairs. low: max-heap (stored negated) with the
    # (k + 1) // 2 smallest live pairs, so its top is the level; high: min-heap with the rest.
    # A pair whose minute is before the window start has left; it is dropped lazily, once it
    # reaches the top of its heap. low_size / high_size count live pairs only.
    low, high = [], []
    low_size = high_size = 0
    need_low = (k + 1) // 2
    total = 0
    for i in range(n):
        start = max(0, i - k)  # pairs with minute < start are gone
        while low and -low[0][1] < start:
            heappop(low)
        if low and (a[i], i) <= (-low[0][0], -low[0][1]):
            heappush(low, (-a[i], -i))
            low_size += 1
        else:
            heappush(high, (a[i], i))
            high_size += 1
        if i >= k:  # the pair (a[i-k], i-k) leaves; low's top is live here
            if (a[i - k], i - k) <= (-low[0][0], -low[0][1]):
                low_size -= 1
            else:
                high_size -= 1
            start = i - k + 1
        while True:
            while low and -low[0][1] < start:
                heappop(low)
            while high and high[0][1] < start:
                heappop(high)
            if low_size > need_low:
                v, j = heappop(low)
                heappush(high, (-v, -j))
                low_size -= 1
                high_size += 1
            elif low_size < need_low and high_size > 0:
                v, j = heappop(high)
                heappush(low, (-v, -j))
                low_size += 1
                high_size -= 1
            else:
                break
        if i >= k - 1:
            total -= low[0][0]
    print(total)


main()
