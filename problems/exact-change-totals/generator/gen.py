"""Prints the input of test N for "exact-change-totals": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: (10, [(1, 2), (4, 1)]),
    2: (30, [(2, 3), (5, 1), (10, 2)]),
    3: (1, [(1, 1)]),                           # smallest input
    4: (5, [(7, 3)]),                           # every coin is worth more than T
    5: (6, [(3, 1)]),                           # only one coin: 3 but not 6
    6: (10, [(1, 5)]),                          # five 1-cent coins: 1..5 only
    7: (100, [(2, 6), (2, 7), (9, 1)]),         # the same value on two lines
    8: (1000000, [(1000000, 100000)]),          # T and the coin value at the maximum
}


def fmt(t, coins):
    return f"{len(coins)} {t}\n" + "".join(f"{v} {c}\n" for v, c in coins)


def gen(k):
    if k in HAND:
        return fmt(*HAND[k])
    rng = random.Random(12000 + k)
    if k == 9:  # small random
        return fmt(200, [(rng.randint(1, 40), rng.randint(1, 4)) for _ in range(5)])
    if k == 10:  # medium random, counts that are not one less than a power of two
        return fmt(10000, [(rng.randint(1, 500), rng.choice([5, 6, 11, 13, 100, 1000]))
                           for _ in range(20)])
    if k == 11:  # maximum n and T, large values, few coins each: sparse amounts
        return fmt(10**6, [(rng.randint(20000, 10**6), rng.randint(1, 3)) for _ in range(100)])
    if k == 12:  # maximum, values around 1000-2000 with large counts
        return fmt(10**6, [(rng.randint(1000, 2000), rng.randint(1, 10**5)) for _ in range(100)])
    if k == 13:  # maximum counts on small values: almost every amount can be paid
        return fmt(10**6, [(rng.randint(2, 300), 10**5) for _ in range(100)])
    if k == 14:  # maximum, every value a multiple of 7 and the counts matter
        return fmt(10**6, [(7 * rng.randint(1000, 20000), rng.randint(1, 12)) for _ in range(100)])
    if k == 15:  # maximum, mixed: a few small coins and many large ones
        coins = [(rng.randint(1, 9), rng.randint(1, 30)) for _ in range(10)]
        coins += [(rng.randint(10000, 60000), rng.randint(1, 40)) for _ in range(90)]
        return fmt(10**6, coins)
    raise SystemExit(f"no test {k}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
