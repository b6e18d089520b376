# WRONG: ignores the couplings and treats the inventory order 1..n as the train order; caught by sample 01 (and 02, 04, 05, 07, 09-12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    w = [int(data[1 + 2 * i]) for i in range(1, n + 1)]
    del w[n - k]
    print(" ".join(map(str, w)) if w else "EMPTY")


main()
