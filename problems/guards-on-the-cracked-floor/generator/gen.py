"""Prints the input of test N for "guards-on-the-cracked-floor": python3 generator/gen.py N"""
import random
import sys


def fmt(rows):
    return f"{len(rows)}\n" + "".join(r + "\n" for r in rows)


def empty(n):
    return ["." * n for _ in range(n)]


def cracked(rng, n, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(n)) for _ in range(n)]


HAND = {
    1: empty(4),                                        # the two classic postings
    2: ["....", "...#", "....", "...."],                # (row 2, column 4) is used by one of the two
    3: ["."],                                           # one tile, one guard
    4: ["#"],                                           # one cracked tile: no way
    5: empty(3),                                        # no posting exists on a 3 by 3 floor
    6: ["#.......", "........", "........", "........",
        "........", "........", "........", "........"],  # 8 by 8 with a corner cracked
    7: ["..#.....", "........", "........", "........",
        "........", "........", "........", "...#...."],  # not symmetric: a mirrored count differs
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(5500 + t)
    if t == 8:  # 9 by 9, a few cracks
        return fmt(cracked(rng, 9, 0.08))
    if t == 9:  # 10 by 10, the main diagonal is cracked
        rows = empty(10)
        rows = [r[:i] + "#" + r[i + 1:] for i, r in enumerate(rows)]
        return fmt(rows)
    if t == 10:  # 11 by 11, random cracks, not symmetric
        return fmt(cracked(rng, 11, 0.1))
    if t == 11:  # 12 by 12, sound floor: the largest search
        return fmt(empty(12))
    if t == 12:  # 12 by 12, scattered cracks
        return fmt(cracked(rng, 12, 0.05))
    if t == 13:  # 12 by 12, one whole row cracked: no posting, but the search must find that out
        rows = empty(12)
        rows[11] = "#" * 12
        return fmt(rows)
    if t == 14:  # 12 by 12, cracks only in the upper left triangle
        rows = [
            "".join("#" if i + j < 12 and rng.random() < 0.15 else "." for j in range(12))
            for i in range(12)
        ]
        return fmt(rows)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
