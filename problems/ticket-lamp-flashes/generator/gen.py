"""Prints the input of test N for "ticket-lamp-flashes": python3 generator/gen.py N"""
import random
import sys

MAXV = 10**17

HAND = {
    1: [(1, 5), (6, 6), (0, 0)],
    2: [(1, 1000), (8, 15), (1000000, 1000000)],
    3: [(0, 0)],                                   # smallest run, nothing lit
    4: [(0, 1), (1, 1), (2, 2), (3, 3), (7, 7), (0, 7), (4, 7), (1, 2)],  # tiny, by hand
    5: [(2**31 - 1, 2**31), (2**31, 2**32 - 1), (0, 2**32), (2**33 + 5, 2**40 - 3)],  # past 32 bits
    6: [(0, MAXV), (MAXV, MAXV), (MAXV - 1, MAXV), (2**56 - 1, 2**56 - 1), (1, MAXV)],  # largest values
}


def fmt(runs):
    return f"{len(runs)}\n" + "".join(f"{l} {r}\n" for l, r in runs)


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(9100 + t)
    runs = []
    if t == 7:  # small random runs, checkable by brute force
        for _ in range(200):
            l = rng.randint(0, 3000)
            runs.append((l, l + rng.randint(0, 3000)))
    elif t == 8:  # runs that start or end at powers of two and their neighbours
        for _ in range(2000):
            a = 2 ** rng.randint(0, 56) + rng.randint(-1, 1)
            b = 2 ** rng.randint(0, 56) + rng.randint(-1, 1)
            l, r = sorted((max(a, 0), min(b, MAXV)))
            runs.append((l, r))
    elif t == 9:  # single tickets (L = R), large values
        for _ in range(2000):
            v = rng.randint(0, MAXV)
            runs.append((v, v))
    elif t == 10:  # maximum q, random long runs
        for _ in range(5000):
            l, r = sorted((rng.randint(0, MAXV), rng.randint(0, MAXV)))
            runs.append((l, r))
    elif t == 11:  # runs starting at 0 and 1
        for _ in range(2000):
            runs.append((rng.randint(0, 1), rng.randint(0, MAXV)))
    elif t == 12:  # maximum q, mixed magnitudes
        for _ in range(5000):
            hi = 10 ** rng.randint(1, 17)
            l = rng.randint(0, hi)
            runs.append((l, min(MAXV, l + rng.randint(0, hi))))
    else:
        raise SystemExit(f"no test {t}")
    return fmt(runs)


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
