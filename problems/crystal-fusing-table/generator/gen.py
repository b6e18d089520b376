"""Prints the input of test N for "crystal-fusing-table": python3 generator/gen.py N"""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


HAND = {
    1: [6, 13, 4, 9, 3],                     # 13-9=4, 6-4=2, 4-3=1, 2-1=1: answer 1
    2: [5, 5],                               # both vanish: nothing is left
    3: [42],                                 # a single crystal, no round at all
    4: [7, 7, 7, 7, 7, 7],                   # even number of equal crystals
    5: [7, 7, 7, 7, 7],                      # odd number of equal crystals
    6: [10**9, 1, 10**9, 999999999, 2],      # largest powers
    7: [1, 1, 2, 10, 3],                     # two weakest first would give a different answer
    8: [8, 5, 4, 3, 2, 2],                   # a remainder must go back and be fused again
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(4400 + t)
    if t == 9:  # small random
        return fmt([rng.randint(1, 20) for _ in range(15)])
    if t == 10:  # medium random, large powers
        return fmt([rng.randint(1, 10**9) for _ in range(2000)])
    if t == 11:  # everything cancels: pairs of equal crystals
        a = []
        for _ in range(10000):
            x = rng.randint(1, 10**6)
            a += [x, x]
        rng.shuffle(a)
        return fmt(a)
    if t == 12:  # one giant and many small crystals: the giant is fused again and again
        a = [rng.randint(1, 100) for _ in range(30000)] + [10**9]
        rng.shuffle(a)
        return fmt(a)
    if t == 13:  # maximum n
        return fmt([rng.randint(1, 99999) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
