"""Prints the input of test N: `python3 generator/gen.py N`. Deterministic (fixed seeds)."""
import random
import sys


def fmt(a, qs):
    lines = [f"{len(a)} {len(qs)}", " ".join(map(str, a))]
    lines += [f"{l} {r}" for l, r in qs]
    return "\n".join(lines) + "\n"


def rand_queries(rng, n, q):
    qs = []
    for _ in range(q):
        l, r = rng.randint(1, n), rng.randint(1, n)
        qs.append((min(l, r), max(l, r)))
    return qs


def gen(n):
    rng = random.Random(3000 + n)
    if n == 1:
        return fmt([120, -50, 30, -200, 75, 10], [(1, 3), (2, 5), (4, 4), (1, 6)])
    if n == 2:
        return fmt([5, -5, 7], [(1, 2), (3, 3), (1, 1)])
    if n == 3:  # smallest input, most negative value
        return fmt([-10**9], [(1, 1)])
    if n == 4:  # one-day questions
        a = [rng.randint(-100, 100) for _ in range(10)]
        return fmt(a, [(i, i) for i in range(1, 11)])
    if n == 5:  # every possible question on 10 days
        a = [rng.randint(-10**9, 10**9) for _ in range(10)]
        return fmt(a, [(l, r) for l in range(1, 11) for r in range(l, 11)])
    if n == 6:  # sums far beyond 32 bits
        a = [10**9] * 2500 + [-10**9] * 2500
        qs = rand_queries(rng, 5000, 1000) + [(1, 5000), (1, 2500), (2501, 5000), (1, 2499)]
        return fmt(a, qs)
    if n == 7:  # every change zero
        return fmt([0] * 100, rand_queries(rng, 100, 100))
    if n == 8:  # random, full range
        a = [rng.randint(-10**9, 10**9) for _ in range(1000)]
        return fmt(a, rand_queries(rng, 1000, 1000))
    if n == 9:  # large, mostly big deposits
        a = [rng.randint(-2 * 10**8, 10**9) for _ in range(50000)]
        return fmt(a, rand_queries(rng, 50000, 2000))
    if n == 10:  # maximum n and q, long questions
        size = 100000
        a = [rng.randint(-9, 9) for _ in range(size)]
        qs = [(rng.randint(1, 1000), rng.randint(size - 999, size)) for _ in range(size)]
        return fmt(a, qs)
    if n == 11:  # small, but the sums leave 32 bits
        return fmt([-10**9, -10**9, -10**9], [(1, 3), (2, 3), (1, 1), (1, 2)])
    raise SystemExit(f"no test {n}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
