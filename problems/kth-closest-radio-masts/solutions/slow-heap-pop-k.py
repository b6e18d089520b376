# SLOW: merges the n sorted rows "distances from mast i to masts i+1, i+2, ..." with a heap and pops k times, O(k log n); right answers but far too slow when k is large (tests 11, 13 and 14).
import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    x = sorted(map(int, data[2:2 + n]))
    heap = [(x[i + 1] - x[i], i, i + 1) for i in range(n - 1)]
    heapify(heap)
    for _ in range(k - 1):
        d, i, j = heappop(heap)
        if j + 1 < n:
            heappush(heap, (x[j + 1] - x[i], i, j + 1))
    print(heap[0][0])


main()
