"""Prints the input of test N for "counting-generations": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(parent):
    """parent[i] for i = 1..n (index 0 unused)."""
    return f"{len(parent) - 1}\n{' '.join(map(str, parent[1:]))}\n"


def relabel(rng, parent, keep=False):
    """Gives the people new random numbers (unless keep) and returns the parent list."""
    n = len(parent) - 1
    if keep:
        return parent
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    out = [0] * (n + 1)
    for i in range(1, n + 1):
        out[name[i]] = name[parent[i]] if parent[i] else 0
    return out


def build(rng, n, pick):
    """Node 1 is the founder; node i > 1 gets parent pick(i) < i."""
    parent = [0] * (n + 1)
    for i in range(2, n + 1):
        parent[i] = pick(i)
    return parent


HAND = {
    1: [0, 7, 4, 8, 0, 7, 5, 4, 2],            # founder 4; generations {4}, {2, 7}, {8, 1, 5}, {3, 6}
    2: [0, 0],
    4: [0] + [0] + list(range(1, 10)),          # chain 1 <- 2 <- ... <- 10, parents first
    5: [0] + list(range(2, 11)) + [0],          # chain 10 <- 9 <- ... <- 1, parents last
    6: [0, 4, 4, 10, 10, 6, 11, 9, 9, 10, 11, 0],  # every parent has a larger number than its child
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(7400 + t)
    if t == 3:  # the founder and 999 children
        return fmt(relabel(rng, build(rng, 1000, lambda i: 1)))
    if t == 7:  # complete binary tree of 1000 people
        return fmt(relabel(rng, build(rng, 1000, lambda i: i // 2)))
    if t == 8:  # random tree
        return fmt(relabel(rng, build(rng, 5000, lambda i: rng.randint(1, i - 1))))
    if t == 9:  # maximum n: one long line of descent, random numbers
        return fmt(relabel(rng, build(rng, 50000, lambda i: i - 1)))
    if t == 10:  # maximum n: a broom, a line of 25000 then 25000 children of its last person
        return fmt(relabel(rng, build(rng, 50000, lambda i: i - 1 if i <= 25000 else 25000)))
    if t == 11:  # deep random tree: each parent is one of the five previous people
        return fmt(relabel(rng, build(rng, 20000, lambda i: rng.randint(max(1, i - 5), i - 1))))
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
