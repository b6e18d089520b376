"""Prints the input of test N for "nesting-boxes-on-the-trail": python3 generator/gen.py N"""
import random
import sys


def fmt(k, a):
    return f"{len(a)} {k}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (3, [11, 3, 20, 7, 15, 1]),            # 1, 11, 20: answer 9
    2: (4, [10, 0, 30, 25]),                  # k = n: the smallest gap, 5
    3: (2, [10**9, 0]),                       # smallest n, largest distance
    4: (2, [500, 20, 999, 3, 640]),           # k = 2: first and last tree
    5: (4, list(range(10))),                  # evenly spread trees 0..9: answer 3
    6: (3, [50, 0, 100, 10, 90, 40, 60]),     # the order of the input must not matter
    7: (4, [0, 1, 8, 10, 13]),                # aiming at evenly spaced targets gives 1, the answer is 2
}


def gen(t):
    if t in HAND:
        k, a = HAND[t]
        return fmt(k, a)
    rng = random.Random(6100 + t)
    if t == 8:  # small random
        return fmt(5, rng.sample(range(0, 200), 25))
    if t == 9:  # medium random, large coordinates
        return fmt(37, rng.sample(range(0, 10**9 + 1), 3000))
    if t == 10:  # clusters of trees far apart from each other
        a = set()
        for c in range(20):
            base = c * 40_000_000 + rng.randint(0, 1_000_000)
            for _ in range(200):
                a.add(base + rng.randint(0, 5000))
        a = list(a)
        rng.shuffle(a)
        return fmt(25, a)
    if t == 11:  # maximum n, few boxes: the answer is about 1.6 * 10^8
        a = rng.sample(range(0, 10**9 + 1), 50000)
        return fmt(7, a)
    if t == 12:  # many boxes on many trees: the answer is about 10^5
        a = rng.sample(range(0, 10**9 + 1), 20000)
        return fmt(5000, a)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
