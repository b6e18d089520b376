"""Prints the input of test N for "uncouple-a-carriage": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(k, order, loads):
    """order: carriage numbers from front to back; loads[i-1] is the load of carriage i."""
    n = len(order)
    behind = [0] * (n + 1)
    for a, b in zip(order, order[1:]):
        behind[a] = b
    lines = [f"{n} {k}", str(order[0])]
    lines += [f"{loads[i - 1]} {behind[i]}" for i in range(1, n + 1)]
    return "\n".join(lines) + "\n"


def shuffled(rng, n):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return order


HAND = {
    # train order 3 -> 5 -> 1 -> 4 -> 2, remove the 2nd from the end (carriage 4)
    1: (2, [3, 5, 1, 4, 2], [12, 40, 7, 33, 25]),
    # train order 2 -> 4 -> 1 -> 3, k = n removes the front carriage
    2: (4, [2, 4, 1, 3], [8, 15, 16, 4]),
    3: (1, [1], [42]),                       # the only carriage is removed
    4: (1, [2, 1], [5, 9]),                  # two carriages, remove the last
    5: (2, [2, 1], [5, 9]),                  # two carriages, remove the front
    6: (10, list(range(1, 11)), [11, 22, 33, 44, 55, 66, 77, 88, 99, 10]),  # inventory order = train order, remove front
    7: (1, list(range(10, 0, -1)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),        # reversed inventory, remove last
    8: (9, [6, 2, 8, 1, 9, 3, 7, 5, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3]),        # all loads equal
}


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(7100 + t)
    if t == 9:  # medium, random couplings, random k
        n = 1000
        return fmt(rng.randint(2, n - 1), shuffled(rng, n), [rng.randint(1, 99) for _ in range(n)])
    if t == 10:  # medium, random couplings, k = n
        n = 999
        return fmt(n, shuffled(rng, n), [rng.randint(1, 99) for _ in range(n)])
    if t == 11:  # maximum n, random couplings, k in the middle
        n = 50000
        return fmt(27183, shuffled(rng, n), [rng.randint(1, 99) for _ in range(n)])
    if t == 12:  # long train coupled in reverse inventory order, the front carriage is removed
        n = 20000
        loads = [rng.randint(1, 99) for _ in range(n)]
        loads[n - 1] = loads[n - 2] % 99 + 1  # the front two carriages carry different loads
        return fmt(n, list(range(n, 0, -1)), loads)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
