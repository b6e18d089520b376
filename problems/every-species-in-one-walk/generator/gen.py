"""Prints the input of test N for "every-species-in-one-walk": python3 generator/gen.py N"""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


HAND = {
    1: [7, 3, 7, 7, 5, 3, 5, 7],                   # hides 4..6 and 6..8: the earlier one
    2: [4, 4, 9, 1, 9, 4, 1, 4, 9],                # four blocks of length 3 (2..4, 4..6, 5..7, 7..9): earliest
    3: [1000000000],                               # a single hide
    4: [6, 6, 6, 6],                               # one species: the first hide alone
    5: [10, 20, 30, 40, 50],                       # all different: the whole boardwalk
    6: [2, 1, 1, 1, 1, 1, 2, 3, 1, 2],             # the answer sits near the end (7..9)
    7: [1000000000, 999999999, 1, 1000000000, 1, 999999999],  # large codes
    8: [5, 8, 8, 5, 5, 8, 8, 8, 5],                # a species repeated inside the block
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(3700 + t)
    if t == 9:  # small random, few species
        return fmt([rng.randint(1, 4) for _ in range(30)])
    if t == 10:  # medium random, large codes
        codes = rng.sample(range(1, 10**9 + 1), 50)
        return fmt([rng.choice(codes) for _ in range(3000)])
    if t == 11:  # codes repeat inside long stretches, some species are rare
        codes = rng.sample(range(1, 10**9 + 1), 300)
        common, rare = codes[:280], codes[280:]
        a = [rng.choice(common) for _ in range(20000)]
        for c in rare:
            for _ in range(3):
                a[rng.randrange(len(a))] = c
        for c in common:  # make sure every common species appears
            a[rng.randrange(len(a))] = c
        return fmt(a)
    if t == 12:  # maximum n: two species live only at the two ends, the answer is everything
        a = [rng.randint(1, 999) for _ in range(100000)]
        a[0], a[-1] = 10**9, 123456789
        return fmt(a)
    if t == 13:  # many species, every one of them appears a few times
        codes = rng.sample(range(1, 10**9 + 1), 5000)
        a = codes * 4
        rng.shuffle(a)
        return fmt(a)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
