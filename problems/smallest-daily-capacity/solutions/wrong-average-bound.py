# Wrong: answers max(heaviest parcel, ceil(total / D)) as if the parcels could be split evenly; whole parcels in fixed order usually need more. Caught by sample 01 and by test 07 (seven parcels of 5 in 3 days need 15, not 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    weights = list(map(int, data[2:2 + n]))
    print(max(max(weights), (sum(weights) + d - 1) // d))


main()
