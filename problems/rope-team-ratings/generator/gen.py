"""Prints the input of test N for "rope-team-ratings": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


HAND = {
    1: [4, 2, 3, 1],
    2: [5, 5],
    3: [1000000000],
    4: [2, 1, 2, 1, 2],                 # equal minimums in several places
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(7900 + t)
    if t == 5:  # all equal
        return fmt([3] * 1000)
    if t == 6:  # rising
        return fmt(list(range(1, 1001)))
    if t == 7:  # falling, large values
        return fmt([10**9 - i for i in range(1000)])
    if t == 8:  # few distinct values: many ties
        return fmt([rng.randint(1, 3) for _ in range(2000)])
    if t == 9:  # random, full range
        return fmt([rng.randint(1, 10**9) for _ in range(5000)])
    if t == 10:  # maximum n, random, full range
        return fmt([rng.randint(1, 10**9) for _ in range(50000)])
    if t == 11:  # maximum n, all equal
        return fmt([7] * 50000)
    if t == 12:  # valleys and peaks with repeated heights
        n = 20000
        return fmt([abs((i % 4000) - 2000) // 7 + 1 for i in range(n)])
    if t == 13:  # few distinct, very large values
        return fmt([rng.choice([10**9, 999999937, 999999999]) for _ in range(10000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
