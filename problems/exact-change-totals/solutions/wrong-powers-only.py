# WRONG: splits c coins into bundles 1, 2, 4, ... up to the largest power of two <= c and forgets the remainder, so the bundles add up to more than c (two coins act like three, five like seven); right only when c = 2^k - 1 or the extra coins do not matter, caught by samples 01-02 and tests 06, 07, 09, 11, 14, 15.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    mask = (1 << (t + 1)) - 1
    reach = 1
    for i in range(n):
        v, c = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        k = 1
        while k <= c and v * k <= t:
            reach |= (reach << (v * k)) & mask
            k <<= 1
    print(bin(reach).count("1") - 1)


main()
