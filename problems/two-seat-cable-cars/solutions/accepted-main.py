import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    lo, hi = 0, n - 1
    cars = 0
    while lo <= hi:
        # The heaviest skier left takes a car; the lightest one joins if they fit together.
        # If even the lightest does not fit, nobody does, so the heaviest rides alone.
        if lo < hi and a[lo] + a[hi] <= w:
            lo += 1
        hi -= 1
        cars += 1
    print(cars)


main()
