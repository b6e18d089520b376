# Wrong: treats a stretch as calm only when max - min < K (strict), so a difference of exactly K is rejected. Caught by sample 01 and by test 04 (K = 0, all readings equal).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    maxq = deque()
    minq = deque()
    left = 0
    best = 0
    for right, x in enumerate(a):
        while maxq and a[maxq[-1]] <= x:
            maxq.pop()
        maxq.append(right)
        while minq and a[minq[-1]] >= x:
            minq.pop()
        minq.append(right)
        while left < right and a[maxq[0]] - a[minq[0]] >= k:
            left += 1
            if maxq[0] < left:
                maxq.popleft()
            if minq[0] < left:
                minq.popleft()
        best = max(best, right - left + 1)
    print(best)


main()
