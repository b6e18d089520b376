"""Prints the input of test N for "beacons-in-sight": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(h):
    return f"{len(h)}\n{' '.join(map(str, h))}\n"


HAND = {
    1: [4, 2, 2, 3, 1, 5],
    2: [3, 3, 3],
    3: [7],
    4: [1000000000, 1],
    5: [3, 2, 2],                      # the taller tower behind an equal pair sees both
    6: list(range(1, 1001)),           # rising: only neighbours
    7: list(range(1000, 0, -1)),       # falling: only neighbours
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(7500 + t)
    if t == 8:  # many runs of equal heights
        return fmt([rng.randint(1, 5) for _ in range(2000)])
    if t == 9:  # full height range
        return fmt([rng.randint(1, 10**9) for _ in range(1000)])
    if t == 10:  # maximum n, all the same height: every pair sees each other
        return fmt([7] * 100000)
    if t == 11:  # maximum n, random heights from a small range
        return fmt([rng.randint(1, 1000) for _ in range(100000)])
    if t == 12:  # a valley of terraces: heights fall then rise again, three towers per step
        n = 30000
        return fmt([abs(i - n // 2) // 3 + 1 for i in range(n)])
    if t == 13:  # two tall walls with a long equal plateau between them
        return fmt([10**9] + [5] * 19998 + [10**9])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
