"""Prints the input of test N for "turning-the-mosaic-panel": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: (1, ["abc", "def"]),
    2: (3, ["ab.#", "cd1.", "ef#2"]),
    3: (0, ["z"]),                                  # smallest panel, no turn
    4: (1, ["abcde"]),                              # a single row becomes a single column
    5: (3, ["a", "b", "c", "d"]),                   # a single column, turned back a quarter
    6: (0, ["a.b", "#c2", "d9e", "xyz"]),           # no turn at all
    7: (4, ["ab1", "cd2", "ef3", "gh4"]),           # four turns: unchanged
    8: (5, ["abcd", "efgh", "ijkl"]),               # five turns = one turn
    9: (10**18, ["ab.", "#cd", "e1f", "g2h", "3ij"]),  # the largest k, a multiple of 4
    10: (10**18 - 1, ["abcdefg", "hijklmn", "opqrstu"]),  # the largest k minus 1: three turns
}

CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.#"


def fmt(k, rows):
    return f"{len(rows)} {len(rows[0])} {k}\n" + "".join(r + "\n" for r in rows)


def rand_panel(rng, n, m):
    return ["".join(rng.choice(CHARS) for _ in range(m)) for _ in range(n)]


def gen(t):
    if t in HAND:
        k, rows = HAND[t]
        return fmt(k, rows)
    rng = random.Random(4400 + t)
    if t == 11:  # medium, two turns
        return fmt(2, rand_panel(rng, 50, 80))
    if t == 12:  # maximum square panel, a huge k that is one turn
        return fmt(10**18 - 3, rand_panel(rng, 400, 400))
    if t == 13:  # large non-square panel, a huge k that is three turns
        return fmt(987654321987654323, rand_panel(rng, 400, 250))
    if t == 14:  # one long row, k = 2
        return fmt(999999999999999998, rand_panel(rng, 1, 400))
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
