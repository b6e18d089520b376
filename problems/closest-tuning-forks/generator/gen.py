"""Prints the input of test N for "closest-tuning-forks": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: [10, 4, 7, 13, 1, 20],                 # gap 3, four pairs
    2: [5, 9, 5, 12, 5],                      # three equal forks: gap 0, three pairs
    3: [0, 1000000000],                       # smallest n, the largest possible gap
    4: [77, 77],                              # smallest n, equal forks
    5: [100, 1, 50, 2, 99, 51],               # the close pairs are far apart in the input
    6: [8, 8, 3, 8, 3, 8, 1, 3],              # groups of 4 and 3 equal forks: 6 + 3 pairs
}


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(3300 + t)
    if t == 7:  # all forks equal
        return fmt([123456789] * 1000)
    if t == 8:  # a shuffled arithmetic progression: every neighbour pair ties
        a = [5 + 17 * i for i in range(2000)]
        rng.shuffle(a)
        return fmt(a)
    if t == 9:  # random, medium n
        return fmt([rng.randint(0, 10**9) for _ in range(10000)])
    if t == 10:  # maximum n, distinct random values over the full range
        return fmt(rng.sample(range(10**9 + 1), 50000))
    if t == 11:  # widely spaced forks with a few planted near-twins, and one triple
        vals = rng.sample(range(1, 10**6), 10000)
        a = [v * 1000 for v in vals]
        for k in range(0, 30, 3):
            a[k + 1] = a[k] + 2
        a[100] = a[101] = a[102]
        rng.shuffle(a)
        return fmt(a)
    if t == 12:  # many repeats of few values: the answer is a large count of gap-0 pairs
        return fmt([rng.randint(0, 40) * 25000000 for _ in range(10000)])
    if t == 13:  # maximum n, all forks equal: 1 249 975 000 pairs, past 32 bits
        return fmt([7] * 50000)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
