"""Prints the input of test N: `python3 generator/gen.py N`. Deterministic (fixed seeds)."""
import random
import sys


def fmt(t, a):
    return f"{len(a)} {t}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (9, [4, 2, 5, 7, 3]),                 # two pairs: (1,3) and (2,4)
    2: (100, [50, 20, 30, 40]),              # 50 + 50 would need the same coin twice
    3: (0, [-5, 5]),                         # smallest n, a pair
    4: (10, [5, 6]),                         # smallest n, only the same coin twice
    5: (10, [1, 4, 6, 9]),                   # (2,3) ends first, but (1,4) starts first
    6: (10, [5, 3, 5, 7, 5]),                # first coin pairs with 3 and 5: take 3
    7: (-3, [0, -1, 4, -2, -7, 3]),          # negative values and target
    8: (-10**9, [-5 * 10**8, 10**9, -10**9, 7, 0, -5 * 10**8]),  # extreme values
}


def gen(n):
    if n in HAND:
        t, a = HAND[n]
        return fmt(t, a)
    rng = random.Random(1000 + n)
    if n == 9:  # every coin equal
        return fmt(14, [7] * 1000)
    if n == 10:  # many equal coins, the partner is the very last coin
        return fmt(7, [3] * 1999 + [4])
    if n == 11:  # small value range: many pairs, the tie-break decides
        a = [rng.randint(-30, 30) for _ in range(2000)]
        return fmt(rng.randint(-60, 60), a)
    if n == 12:  # medium, full range, planted pairs in a misleading order
        size = 5000
        a = [3 * rng.randint(-333333333, 333333333) for _ in range(size)]
        t = 3 * rng.randint(-10**8, 10**8) + 1
        plant(rng, a, t, size)
        return fmt(t, a)
    if n == 13:  # maximum n, no pair at all (even values, odd target)
        a = [2 * rng.randint(-5 * 10**5, 5 * 10**5) for _ in range(100000)]
        return fmt(2 * rng.randint(-10**5, 10**5) + 1, a)
    if n == 14:  # maximum n, full range, the answer starts late
        size = 100000
        a = [3 * rng.randint(-333333333, 333333333) for _ in range(size)]
        t = 3 * rng.randint(-10**8, 10**8) + 1
        plant(rng, a, t, size)
        return fmt(t, a)
    raise SystemExit(f"no test {n}")


def plant(rng, a, t, size):
    """Random values are multiples of 3 and t is 1 more than one, so only planted coins
    (2 more than a multiple of 3) can pair. Answer at (0.6n, n-10) with a later copy of its
    partner at n-5; a decoy pair at (0.7n, 0.7n+1) that ends earlier."""
    i, j, j2 = int(size * 0.6), size - 10, size - 5
    v = 3 * rng.randint(-10**8, 10**8) + 2
    a[i], a[j], a[j2] = v, t - v, t - v
    d = int(size * 0.7)
    w = 3 * rng.randint(-10**8, 10**8) + 2
    a[d], a[d + 1] = w, t - w


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
