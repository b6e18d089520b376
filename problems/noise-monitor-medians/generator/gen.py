"""Prints the input of test N for "noise-monitor-medians": python3 generator/gen.py N"""
import random
import sys


def fmt(k, a):
    return f"{len(a)} {k}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (3, [5, 1, 9, 3, 3, 8, 2]),             # levels 5 3 3 3 3: 17
    2: (2, [4, 10, 7, 6, 1]),                  # even k: the smaller middle reading, 4+7+6+1
    3: (1, [0]),                               # smallest input
    4: (1, [7, 0, 3, 10**9, 3]),               # k = 1: every reading is a level
    5: (6, [9, 2, 7, 4, 4, 8]),                # k = n: one block
    6: (3, [5, 5, 5, 5, 5, 5, 5]),             # all readings equal
    7: (4, [2, 2, 9, 2, 9, 9, 2, 2, 9]),       # two values, many copies of each
    8: (3, [10**9] * 5),                       # large readings: the sum needs 64 bits
}


def gen(t):
    if t in HAND:
        k, a = HAND[t]
        return fmt(k, a)
    rng = random.Random(1900 + t)
    if t == 9:  # small random with repeats
        return fmt(4, [rng.randint(0, 6) for _ in range(40)])
    if t == 10:  # medium random, even k, large readings
        return fmt(500, [rng.randint(0, 10**9) for _ in range(4000)])
    if t == 11:  # medium random, odd k, small range: lots of equal readings
        return fmt(1001, [rng.randint(0, 20) for _ in range(8000)])
    if t == 12:  # rising then falling readings
        a = list(range(0, 30000, 3)) + list(range(30000, 0, -2))
        return fmt(2345, a)
    if t == 13:  # many short blocks with large readings
        return fmt(2, [rng.randint(0, 10**9) for _ in range(15000)])
    if t == 14:  # maximum n, k = n / 2: 50001 blocks of 50000 readings, sum beyond 2^31
        return fmt(50000, [rng.randint(0, 99999) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
