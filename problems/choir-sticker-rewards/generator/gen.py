"""Prints the input of test N for "choir-sticker-rewards": python3 generator/gen.py N"""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


HAND = {
    1: [5, 3, 1, 4, 4, 2],                    # 3 2 1 2 2 1: 11
    2: [1, 2, 2, 2, 1],                       # equal neighbours: 1 2 1 2 1 = 7
    3: [7],                                   # a single singer
    4: [4, 4, 4, 4, 4, 4],                    # all equal: one sticker each
    5: [1, 2, 3, 4, 5, 6, 7],                 # rising: 1 + 2 + ... + 7
    6: [9, 8, 7, 6, 5, 4, 3, 2],              # falling: the first singer needs 8
    7: [1, 2, 5, 4, 3, 2, 1],                 # the peak needs max(3, 5) = 5
    8: [3, 1, 3, 1, 3, 1, 3],                 # zigzag
    9: [0, 10**9, 10**9, 0, 10**9, 0, 0],     # extreme scores and equal neighbours
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(6600 + t)
    if t == 10:  # small random with repeats
        return fmt([rng.randint(0, 5) for _ in range(40)])
    if t == 11:  # medium random, large scores
        return fmt([rng.randint(0, 10**9) for _ in range(5000)])
    if t == 12:  # long rising and falling runs with plateaus
        a, cur = [], 50000
        while len(a) < 30000:
            step = rng.choice([-1, 1, 0])
            for _ in range(rng.randint(1, 2000)):
                cur += step
                a.append(cur)
        return fmt(a[:30000])
    if t == 13:  # maximum n, strictly falling: the total is 5 000 050 000
        return fmt(list(range(100000, 0, -1)))
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
