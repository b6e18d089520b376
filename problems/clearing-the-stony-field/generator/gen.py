"""Prints the input of test N for "clearing-the-stony-field": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: (10, [[9, 2, 1, 1], [3, 1, 1, 2], [4, 0, 2, 1]]),
    2: (4, [[5, 7], [9, 6]]),                          # every cell holds too many: 0
    3: (0, [[0]]),                                     # smallest field, nothing to carry
    4: (3, [[4]]),                                     # smallest field, too many stones
    5: (100, [[1, 0, 3, 2, 5, 1, 0]]),                 # a single row: at most 1
    6: (14, [[5, 4, 1, 9], [4, 1, 9, 9], [9, 9, 9, 9]]),  # a square with exactly B stones
    7: (6, [[50, 50, 50, 50, 50], [50, 1, 1, 1, 50], [50, 1, 0, 1, 50], [50, 1, 1, 1, 50]]),  # best square away from the corner
}


def fmt(b, rows):
    return f"{len(rows)} {len(rows[0])} {b}\n" + "".join(" ".join(map(str, r)) + "\n" for r in rows)


def rand_grid(rng, n, m, hi):
    return [[rng.randint(0, hi) for _ in range(m)] for _ in range(n)]


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(8800 + t)
    if t == 8:  # all zero, B = 0: the whole (rectangular) field's short side
        return fmt(0, [[0] * 9 for _ in range(6)])
    if t == 9:  # small rectangular random field
        return fmt(60, rand_grid(rng, 5, 12, 9))
    if t == 10:  # medium, a clear patch planted among heavy cells
        g = rand_grid(rng, 100, 150, 99)
        for i in range(40, 75):
            for j in range(90, 125):
                g[i][j] = rng.randint(0, 1)
        return fmt(700, g)
    if t == 11:  # maximum field, B is the total: the whole field fits
        g = rand_grid(rng, 300, 300, 99)
        return fmt(sum(map(sum, g)), g)
    if t == 12:  # maximum field, random, moderate B
        return fmt(20000, rand_grid(rng, 300, 300, 99))
    if t == 13:  # tall narrow field with light cells at the bottom
        g = rand_grid(rng, 300, 40, 99)
        for i in range(250, 300):
            for j in range(40):
                g[i][j] = rng.randint(0, 3)
        return fmt(2500, g)
    if t == 14:  # wide and short field, B too small for its full height
        g = rand_grid(rng, 30, 300, 20)
        return fmt(8000, g)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
