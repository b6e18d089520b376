"""Prints the input of test N for "best-festival-stretch": python3 generator/gen.py N"""
import random
import sys


def fmt(k, a):
    return f"{len(a)} {k}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (3, [2, 5, -1, 8, 5, -2, 9, -10]),      # stretches at 2, 3 and 5 all total 12: take day 2
    2: (2, [-5, -3, -8, -1, -4, -6]),          # every stretch is a loss; best is -5 at day 4
    3: (1, [-7]),                              # smallest input
    4: (4, [3, -1, 2, 6]),                     # k = n: the whole season
    5: (1, [4, 9, -2, 9, 0, 9]),               # k = 1, the maximum appears three times
    6: (2, [0, 0, 0, 0, 0]),                   # all zero: day 1, total 0
    7: (3, [-100000, 100000, -100000, 100000, -100000, 100000, -100000]),  # extremes, tie
    8: (2, [1, -3, 0, 2, -2, 1, 1, -1]),       # best total is 2 at day 6; 0 and 1 tie elsewhere
}


def gen(t):
    if t in HAND:
        k, a = HAND[t]
        return fmt(k, a)
    rng = random.Random(8200 + t)
    if t == 9:  # small random, many ties
        return fmt(5, [rng.randint(-3, 3) for _ in range(300)])
    if t == 10:  # all losses, medium size
        return fmt(40, [rng.randint(-100000, -1) for _ in range(5000)])
    if t == 11:  # periodic values: the best total is reached by many stretches
        return fmt(777, [[5, -2, 7, -10][i % 4] for i in range(20000)])
    if t == 12:  # maximum n and k = n/2: totals above 2^31 - 1
        return fmt(50000, [rng.randint(80000, 99999) for _ in range(100000)])
    if t == 13:  # random signs, a block of gains planted late
        a = [rng.randint(-99999, 99999) for _ in range(30000)]
        for i in range(24000, 27000):
            a[i] = abs(a[i])
        return fmt(9000, a)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
