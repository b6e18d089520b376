# Wrong: greedy that always steps to the cheaper of the right and lower neighbour; a cheap first step can lead into expensive tiles. Caught by tests 06 and 07, built for it (and by the random tests 10-12 and 15).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = list(map(int, data[2:2 + r * c]))
    i = j = 0
    total = g[0]
    while i < r - 1 or j < c - 1:
        if i == r - 1:
            j += 1
        elif j == c - 1:
            i += 1
        elif g[i * c + j + 1] <= g[(i + 1) * c + j]:
            j += 1
        else:
            i += 1
        total += g[i * c + j]
    print(total)


main()
