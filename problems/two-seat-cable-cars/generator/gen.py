"""Prints the input of test N for "two-seat-cable-cars": python3 generator/gen.py N"""
import random
import sys


def fmt(w, a):
    return f"{len(a)} {w}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (100, [60, 30, 70, 40, 50]),                   # (70,30) (60,40) (50): 3 cars
    2: (10, [1, 2, 8, 9]),                            # lightest two together would waste a car
    3: (7, [7]),                                      # a single skier
    4: (10, [5, 5, 5, 5, 5]),                         # pairs that weigh exactly W
    5: (6, [6, 6, 6, 6]),                             # everybody weighs W: nobody can share
    6: (10**9, [10**9, 10**9, 10**9]),                # the largest weights, each rides alone
    7: (10**9, [1, 999999999, 500000000, 500000001, 499999999, 10**9]),  # exact fits near 10^9
    8: (20, [3, 17, 9, 11, 4, 16, 10, 10, 1, 19, 2]),  # every skier has an exact partner
}


def gen(t):
    if t in HAND:
        w, a = HAND[t]
        return fmt(w, a)
    rng = random.Random(9300 + t)
    if t == 9:  # small random
        w = 50
        return fmt(w, [rng.randint(1, w) for _ in range(40)])
    if t == 10:  # medium random, large weights
        w = rng.randint(9 * 10**8, 10**9)
        return fmt(w, [rng.randint(1, w) for _ in range(3000)])
    if t == 11:  # exact complements w and W - w, shuffled
        w = 60000
        a = []
        for _ in range(15000):
            x = rng.randint(1, w - 1)
            a += [x, w - x]
        rng.shuffle(a)
        return fmt(w, a)
    if t == 12:  # maximum n, uniform weights
        w = 100000
        return fmt(w, [rng.randint(1, w) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
