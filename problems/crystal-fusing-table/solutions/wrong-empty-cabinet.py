# WRONG: prints the top of the heap without checking that a crystal is left, so it crashes when everything cancels out; caught by sample 02 (and 04, 08, 11, 13).
import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [-int(x) for x in data[1:1 + n]]
    heapify(heap)
    while len(heap) >= 2:
        a = -heappop(heap)
        b = -heappop(heap)
        if a != b:
            heappush(heap, -(a - b))
    print(-heap[0])


main()
