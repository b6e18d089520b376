import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, battery, c = int(data[0]), int(data[1]), int(data[2])
    h = list(map(int, data[3:3 + n]))
    boosted = []  # min-heap: the climbs that cartridges pay for, the largest ones so far
    for i in range(1, n):
        d = h[i] - h[i - 1]
        if d <= 0:
            continue
        heappush(boosted, d)
        if len(boosted) > c:
            battery -= heappop(boosted)  # the smallest climb is paid with battery instead
            if battery < 0:
                print(i)  # building i (1-based) is the last one reached
                return
    print(n)


main()
