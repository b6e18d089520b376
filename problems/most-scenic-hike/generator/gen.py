"""Prints the input of test N for "most-scenic-hike": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(parent, val):
    """parent[i], val[i] for i = 1..n (index 0 unused)."""
    return f"{len(parent) - 1}\n{' '.join(map(str, parent[1:]))}\n{' '.join(map(str, val[1:]))}\n"


def relabel(rng, parent, val):
    n = len(parent) - 1
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    p2 = [0] * (n + 1)
    v2 = [0] * (n + 1)
    for i in range(1, n + 1):
        p2[name[i]] = name[parent[i]] if parent[i] else 0
        v2[name[i]] = val[i]
    return fmt(p2, v2)


def build(n, pick):
    parent = [0] * (n + 1)
    for i in range(2, n + 1):
        parent[i] = pick(i)
    return parent


HAND = {
    # centre 3; the best hike 5-1-3-4-7 scores 5 + 4 - 1 + 6 + 2 = 16 and passes the centre
    1: ([0, 3, 5, 0, 3, 1, 4, 4], [0, 4, -6, -1, 6, 5, -8, 2]),
    2: ([0, 0, 1, 1], [0, -5, -2, -9]),          # all negative: the best hike is one viewpoint
    3: ([0, 0], [0, -1000000000]),
    4: ([0, 0, 1, 1, 1, 1], [0, -1, 7, 8, 9, 3]),  # star: only two branches may be used
    5: ([0, 2, 0, 2, 3, 4], [0, 10, -3, -20, 4, 6]),
}


def gen(t):
    if t in HAND:
        p, v = HAND[t]
        return fmt(p, v)
    rng = random.Random(8000 + t)
    if t == 6:  # random small tree, small scores
        n = 200
        return relabel(rng, build(n, lambda i: rng.randint(1, i - 1)), [0] + [rng.randint(-10, 10) for _ in range(n)])
    if t == 7:  # large scores along a line: the sum needs 64 bits
        n = 5000
        return relabel(rng, build(n, lambda i: i - 1), [0] + [10**9 - rng.randint(0, 5) for _ in range(n)])
    if t == 8:  # random tree, full score range
        n = 3000
        return relabel(rng, build(n, lambda i: rng.randint(1, i - 1)), [0] + [rng.randint(-10**9, 10**9) for _ in range(n)])
    if t == 9:  # maximum n, one long line, mostly positive small scores
        n = 40000
        return relabel(rng, build(n, lambda i: i - 1), [0] + [rng.randint(-30, 60) for _ in range(n)])
    if t == 10:  # random tree, small scores
        n = 20000
        return relabel(rng, build(n, lambda i: rng.randint(1, i - 1)), [0] + [rng.randint(-50, 50) for _ in range(n)])
    if t == 11:  # a spider: many long legs from the centre, the two best legs win
        n = 12000
        legs = 40
        pick = lambda i: 1 if i <= legs + 1 else i - legs
        return relabel(rng, build(n, pick), [0, -5] + [rng.randint(-20, 25) for _ in range(n - 1)])
    if t == 12:  # every score negative, large tree
        n = 6000
        return relabel(rng, build(n, lambda i: rng.randint(max(1, i - 3), i - 1)),
                       [0] + [-rng.randint(2, 10**9) for _ in range(n)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
