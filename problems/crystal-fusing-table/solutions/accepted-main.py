import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [-int(x) for x in data[1:1 + n]]  # heapq is a min-heap: store negated powers
    heapify(heap)
    while len(heap) >= 2:
        a = -heappop(heap)
        b = -heappop(heap)
        if a != b:
            heappush(heap, -(a - b))
    print(-heap[0] if heap else 0)


main()
