import sys

LAND, WATER = 35, 46  # ord('#'), ord('.')


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    # the chart with a frame of water around it, flattened: cell (i, j) is at (i + 1) * w + j + 1
    grid = bytearray(b"." * (w * (r + 2)))
    for i in range(r):
        start = (i + 1) * w + 1
        grid[start:start + c] = data[2 + i]
    islands = 0
    pos = grid.find(LAND)
    while pos != -1:
        islands += 1
        grid[pos] = WATER  # sink the island as we walk it, iteratively (no recursion)
        stack = [pos]
        push = stack.append
        pop = stack.pop
        while stack:
            p = pop()
            q = p - 1
            if grid[q] == LAND:
                grid[q] = WATER
                push(q)
            q = p + 1
            if grid[q] == LAND:
                grid[q] = WATER
                push(q)
            q = p - w
            if grid[q] == LAND:
                grid[q] = WATER
                push(q)
            q = p + w
            if grid[q] == LAND:
                grid[q] = WATER
                push(q)
        pos = grid.find(LAND, pos + 1)
    print(islands)


main()
