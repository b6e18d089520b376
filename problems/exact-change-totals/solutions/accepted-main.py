import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    mask = (1 << (t + 1)) - 1
    reach = 1  # bit x is set when the amount x can be paid; 0 always can
    for i in range(n):
        v, c = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if v > t:
            continue
        c = min(c, t // v)  # more coins than fit below T never help
        # Binary splitting: bundles of 1, 2, 4, ... coins and a remainder can be combined
        # into any count from 0 to c, each bundle used at most once.
        k = 1
        while c > 0:
            take = min(k, c)
            reach |= (reach << (v * take)) & mask
            c -= take
            k <<= 1
    print(bin(reach).count("1") - 1)


main()
