# Wrong: recursive depth-first search; on the snake-shaped island of test 14 the recursion goes about 500000 calls deep, which on Python 3.11+ takes about 340 MB, over the 256 MB limit (older Pythons overflow the C stack instead). Caught by test 14.
import sys


def main():
    sys.setrecursionlimit(10**6)
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [bytearray(row) for row in data[2:2 + r]]

    def sink(i, j):
        grid[i][j] = 46  # '.'
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < r and 0 <= b < c and grid[a][b] == 35:  # '#'
                sink(a, b)

    islands = 0
    for i in range(r):
        for j in range(c):
            if grid[i][j] == 35:
                islands += 1
                sink(i, j)
    print(islands)


main()
