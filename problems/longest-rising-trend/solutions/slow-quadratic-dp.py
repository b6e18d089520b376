# SLOW: the O(n^2) DP in Python (best[i] = 1 + the best trend ending on an earlier, lower price); right answers, but far too slow on test 09 (n = 100 000).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = list(map(int, data[1:1 + n]))
    best = [1] * n
    for i in range(n):
        x = p[i]
        b = 0
        for j in range(i):
            if p[j] < x and best[j] > b:
                b = best[j]
        best[i] = b + 1
    print(max(best))


main()
