"""Prints the input of test N for "cheapest-path-through-the-grid": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "3 4\n2 4 1 3\n1 6 2 5\n3 1 4 1\n",
    2: "1 5\n3 0 7 2 5\n",
    3: "1 1\n0\n",
    4: "1 1\n1000000\n",
    5: "6 1\n4\n0\n7\n1\n1\n9\n",
    6: "3 3\n1 2 9\n5 9 9\n1 1 1\n",
    7: "4 5\n0 1 9 9 9\n2 9 9 9 9\n2 9 9 9 9\n2 2 2 2 0\n",
}


def fmt(grid):
    lines = [f"{len(grid)} {len(grid[0])}"]
    lines += [" ".join(map(str, row)) for row in grid]
    return "\n".join(lines) + "\n"


def rand_grid(rng, r, c, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(c)] for _ in range(r)]


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(2000 + t)
    if t == 8:  # all zero
        return fmt([[0] * 60 for _ in range(40)])
    if t == 9:  # one long row of maximal tolls: the total is 3 * 10^9
        return fmt([[10**6] * 3000])
    if t == 10:  # small random grid, far too many routes to enumerate
        return fmt(rand_grid(rng, 30, 30, 0, 9))
    if t == 11:
        return fmt(rand_grid(rng, 100, 150, 0, 10**6))
    if t == 12:  # maximum size, square
        return fmt(rand_grid(rng, 500, 500, 0, 999))
    if t == 13:  # maximum size, a single row
        return fmt(rand_grid(rng, 1, 250000, 0, 9))
    if t == 14:  # maximum size, a single column
        return fmt(rand_grid(rng, 250000, 1, 0, 9))
    if t == 15:  # long and thin with large tolls: the total does not fit in 32 bits
        return fmt(rand_grid(rng, 20, 3000, 900000, 10**6))
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
