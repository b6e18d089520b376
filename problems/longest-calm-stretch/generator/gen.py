"""Prints the input of test N for "longest-calm-stretch": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "8 3\n12 14 11 15 13 16 20 18\n",
    2: "5 0\n7 7 3 7 7\n",
    3: "1 0\n-5\n",
    4: "6 0\n4 4 4 4 4 4\n",
    5: "6 1000000000\n1000000000 0 -1000000000 0 1000000000 1000000000\n",
    6: "8 2\n3 1 5 4 3 5 -1 1\n",
    7: "7 4\n0 4 0 4 0 4 9\n",
}


def fmt(k, a):
    return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"


def walk(rng, n, start, step, lo, hi):
    a, x = [], start
    for _ in range(n):
        a.append(x)
        x = min(hi, max(lo, x + rng.randint(-step, step)))
    return a


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(1000 + t)
    if t == 8:  # K at its maximum, readings of both signs: everything is calm
        return fmt(10**9, [rng.randint(-5 * 10**8, 5 * 10**8) for _ in range(10)])
    if t == 9:
        return fmt(5, [rng.randint(-20, 20) for _ in range(200)])
    if t == 10:
        return fmt(30, walk(rng, 2000, 0, 6, -10**9, 10**9))
    if t == 11:  # maximum n, widely spread readings
        return fmt(300000, [rng.randint(-10**6, 10**6) for _ in range(100000)])
    if t == 12:  # maximum n, every stretch is calm (quadratic scans time out)
        return fmt(100000, [rng.randint(0, 100000) for _ in range(100000)])
    if t == 13:  # maximum n, random walk with long calm stretches
        return fmt(20000, walk(rng, 100000, 0, 1000, -10**9, 10**9))
    if t == 14:  # maximum n, few distinct values (many equal readings)
        return fmt(3, [rng.randint(0, 9) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
