"""Prints the input of test N for "balanced-chilli-sauces": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(t, h):
    return f"{len(h)} {t}\n{' '.join(map(str, h))}\n"


HAND = {
    1: (9, [6, 3, 7, 5]),
    2: (4, [2, 3, 2]),
    3: (1, [1]),                 # twice the heat is too much
    4: (2, [1]),                 # a single pepper, exactly balanced
    5: (2000, [1000] * 70),      # every selection of 70 equal peppers: 2^70 - 1
}


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(7700 + t)
    if t == 6:  # random, full range
        return fmt(rng.randint(1, 2 * 10**6), [rng.randint(1, 10**6) for _ in range(1000)])
    if t == 7:  # nothing is balanced
        h = [rng.randint(500000, 10**6) for _ in range(1000)]
        return fmt(2 * min(h) - 1, h)
    if t == 8:  # everything is balanced
        return fmt(2 * 10**6, [rng.randint(1, 10**6) for _ in range(1000)])
    if t == 9:  # maximum n, every selection balanced: 2^n - 1
        return fmt(198, [rng.randint(1, 99) for _ in range(100000)])
    if t == 10:  # large, random, about half the pairs balanced
        return fmt(10**6, [rng.randint(1, 10**6) for _ in range(50000)])
    if t == 11:  # many equal ratings
        return fmt(rng.randint(10, 30), [rng.randint(1, 20) for _ in range(2000)])
    if t == 12:  # ratings given hottest first
        h = sorted((rng.randint(1, 10**4) for _ in range(20000)), reverse=True)
        return fmt(12000, h)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
