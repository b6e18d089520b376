# Slow: tries every right/down route by plain recursion without memoisation, exponential in r + c. Times out on test 08 (40 x 60), on test 10 (30 x 30) and on the maximum test 12 (500 x 500).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = list(map(int, data[2:2 + r * c]))
    sys.setrecursionlimit(r + c + 100)

    def cheapest(i, j):
        here = g[i * c + j]
        if i == r - 1 and j == c - 1:
            return here
        options = []
        if i + 1 < r:
            options.append(cheapest(i + 1, j))
        if j + 1 < c:
            options.append(cheapest(i, j + 1))
        return here + min(options)

    print(cheapest(0, 0))


main()
