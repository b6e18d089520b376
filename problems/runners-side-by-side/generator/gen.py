"""Prints the input of test N for "runners-side-by-side": python3 generator/gen.py N"""
import random
import sys


def fmt(m, a):
    return f"{len(a)} {m}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (10, [3, 13, -7, 5, 25]),             # classes {3,13,-7} and {5,25}: 3 + 1 pairs
    2: (4, [-1, 3, -5, 7, 2]),               # negative readings share a spot with positive ones
    3: (5, [42]),                            # a single runner
    4: (1, [0, -3, 8, 8, -1000000000, 17]),  # m = 1: every pair is side by side
    5: (10, [3, -3, 13, -13]),               # 3 and -3 are NOT on the same spot; 3 and 13 are
    6: (1000000000, [-1000000000, 0, 1000000000, 999999999, -1, 1, -999999999]),  # extremes
    7: (1000000000, [5, -999999995, 6, -6, 999999994]),  # 5 ~ -999999995 and -6 ~ 999999994
}


def gen(t):
    if t in HAND:
        m, a = HAND[t]
        return fmt(m, a)
    rng = random.Random(7100 + t)
    if t == 8:  # small random, negatives and positives, many collisions
        m = 37
        return fmt(m, [rng.randint(-10**9, 10**9) for _ in range(1000)])
    if t == 9:  # every reading is the negative of a distinct positive class
        m = 1000
        a = [-rng.randint(1, 999) - 1000 * rng.randint(0, 10**5) for _ in range(2000)]
        return fmt(m, a)
    if t == 10:  # all distinct spots: no pair at all
        m = 10**9
        a = rng.sample(range(-10**5, 10**5), 20000)  # differences < m, so all spots differ
        return fmt(m, a)
    if t == 11:  # 70000 runners on a 1-metre track: 2 449 965 000 pairs, beyond 32-bit integers
        return fmt(1, [rng.randint(-9, 9) for _ in range(70000)])
    if t == 12:  # maximum n, negative and positive readings, about 100 runners per spot
        return fmt(1000, [rng.randint(-9999, 9999) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
