# WRONG: sorts the weights and seats each skier with the next lighter-to-heavier neighbour when they fit, so the lightest skiers pair up among themselves and the heavy ones ride alone; caught by samples 01 and 02 (and 07 to 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    i = cars = 0
    while i < n:
        if i + 1 < n and a[i] + a[i + 1] <= w:
            i += 2
        else:
            i += 1
        cars += 1
    print(cars)


main()
