"""Prints the input of test N for "lighthouses-in-unison": python3 generator/gen.py N (fixed seeds)."""
import random
import sys

# 2^8 * 3^4 * 5^2 * 7^2 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37, a number below 10^18 with many divisors
RICH = 897612484786617600
RICH_POWERS = [256, 81, 25, 49, 11, 13, 17, 19, 23, 29, 31, 37]


def fmt(p):
    return f"{len(p)}\n{' '.join(map(str, p))}\n"


def divisors_upto(m, limit):
    ds = [1]
    x, f = m, 2
    while x > 1:
        e = 0
        while x % f == 0:
            x //= f
            e += 1
        if e:
            ds = [d * f ** k for d in ds for k in range(e + 1)]
        f += 1
    return sorted(d for d in ds if d <= limit)


HAND = {
    1: [4, 6, 10],
    2: [1000000000, 999999999, 999999998],
    3: [1],
    4: [1000000000],
    5: [777] * 1000,
    # 10^18 - 1 = 81081 * 36963037 * 333667 (pairwise coprime), plus some of their divisors
    6: [333667, 27, 81081, 1001, 36963037, 703, 81, 333667, 52579],
    # the true moment is far beyond 10^18, but 64-bit l * p wraps round to a small positive number
    7: None,
    # 10^18 + 1965985895: just too late
    12: [999005, 999993, 1001003, 999993],
    # 999999999 * 10^9 fits, barely
    13: [1000000000, 999999999, 1000000000, 999999999, 1, 3],
}


def wrapped_run(p):
    """Simulates l = l * p / gcd(l, p) in signed 64-bit arithmetic (the overflowing solution)."""
    from math import gcd
    l = 1
    for x in p:
        g = gcd(l, x)
        v = (l * x) % 2 ** 64
        if v >= 2 ** 63:
            v -= 2 ** 64
        l = int(v / g) if abs(v) < 2 ** 52 else (abs(v) // g) * (1 if v >= 0 else -1)
        if l > 10**18:
            return -1
    return l


def gen(t):
    if t in HAND and HAND[t] is not None:
        return fmt(HAND[t])
    rng = random.Random(7300 + t)
    if t == 7:
        while True:
            p = [rng.randint(10**8, 10**9) for _ in range(3)]
            w = wrapped_run(p)
            if 0 < w <= 10**18:
                return fmt(p)
    if t == 8:  # divisors of RICH: the moment is RICH itself, products overflow long before
        ds = divisors_upto(RICH, 10**9)
        p = [rng.choice(ds[len(ds) // 2:]) for _ in range(1988)] + RICH_POWERS
        rng.shuffle(p)
        return fmt(p)
    if t == 9:  # maximum n, random periods
        return fmt([rng.randint(1, 10**9) for _ in range(30000)])
    if t == 10:  # maximum n, divisors of RICH, small and large
        ds = divisors_upto(RICH, 10**9)
        p = [rng.choice(ds) for _ in range(30000 - len(RICH_POWERS))] + RICH_POWERS
        rng.shuffle(p)
        return fmt(p)
    if t == 11:  # one slow lighthouse and many that flash every second
        return fmt([999999937] + [1] * 29999)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
