"""Prints the input of test N for "caravan-heavier-behind": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(order, loads):
    """order: camel numbers from the front to the back; loads[k] is the load of the k-th camel
    in marching order."""
    n = len(order)
    w = [0] * (n + 1)
    behind = [0] * (n + 1)
    for k, c in enumerate(order):
        w[c] = loads[k]
        behind[c] = order[k + 1] if k + 1 < n else 0
    lines = [f"{n} {order[0]}"] + [f"{w[i]} {behind[i]}" for i in range(1, n + 1)]
    return "\n".join(lines) + "\n"


def shuffled(rng, n):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return order


HAND = {
    # marching order 4, 1, 6, 2, 5, 3 with loads 300, 250, 300, 400, 250, 500
    1: ([4, 1, 6, 2, 5, 3], [300, 250, 300, 400, 250, 500]),
    2: ([1], [700]),
    3: ([3, 5, 1, 2, 4], [80, 80, 80, 80, 80]),       # equal loads are not heavier
    4: ([2, 1], [10, 20]),
    5: ([2, 1], [20, 10]),
}


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(7600 + t)
    if t == 6:  # rising loads, random numbers
        n = 1000
        return fmt(shuffled(rng, n), list(range(1, n + 1)))
    if t == 7:  # few distinct loads: many ties
        n = 1000
        return fmt(shuffled(rng, n), [rng.randint(1, 10) for _ in range(n)])
    if t == 8:  # full load range
        n = 1000
        return fmt(shuffled(rng, n), [rng.randint(1, 1000) for _ in range(n)])
    if t == 9:  # maximum n: loads never rise along the caravan, every answer is 0
        n = 40000
        loads = sorted((rng.randint(1, 1000) for _ in range(n)), reverse=True)
        return fmt(shuffled(rng, n), loads)
    if t == 10:  # random, large
        n = 15000
        return fmt(shuffled(rng, n), [rng.randint(1, 1000) for _ in range(n)])
    if t == 11:  # saw teeth: long falling runs ending in a heavy camel
        n = 5000
        loads = [1000 - (k % 500) if k % 500 else 999 for k in range(n)]
        loads[-1] = 1000
        return fmt(shuffled(rng, n), loads)
    if t == 12:  # a mountain: rising, then falling
        n = 5000
        loads = [min(k, n - k) // 3 + 1 for k in range(n)]
        return fmt(shuffled(rng, n), loads)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
