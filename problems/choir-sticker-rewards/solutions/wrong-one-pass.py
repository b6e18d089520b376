# WRONG: a single left-to-right pass, which only compares each singer with the LEFT neighbour, so a singer scoring more than the right neighbour can end up with too few stickers; caught by samples 01 and 02 (and 06 to 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    c = [1] * n
    for i in range(1, n):
        if a[i] > a[i - 1]:
            c[i] = c[i - 1] + 1
    print(sum(c))


main()
