# WRONG: uses heapq directly, which is a MIN-heap, so every round fuses the two WEAKEST crystals; caught by sample 01 (and 06, 07, 08, 09, 10, 12, 13).
import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [int(x) for x in data[1:1 + n]]
    heapify(heap)
    while len(heap) >= 2:
        a = heappop(heap)
        b = heappop(heap)
        if a != b:
            heappush(heap, abs(a - b))
    print(heap[0] if heap else 0)


main()
