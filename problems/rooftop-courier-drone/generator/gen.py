"""Prints the input of test N for "rooftop-courier-drone": python3 generator/gen.py N"""
import heapq
import random
import sys


def fmt(b, c, h):
    return f"{len(h)} {b} {c}\n{' '.join(map(str, h))}\n"


def battery_needed(h, c, upto):
    """Smallest battery that reaches building `upto` (1-based) with c cartridges."""
    heap, paid = [], 0
    for i in range(1, upto):
        d = h[i] - h[i - 1]
        if d > 0:
            heapq.heappush(heap, d)
            if len(heap) > c:
                paid += heapq.heappop(heap)
    return paid


HAND = {
    1: (9, 1, [2, 4, 1, 7, 5, 8, 12, 1, 4]),        # cartridge on the 6, battery 2+3+4: building 8
    2: (0, 0, [9, 7, 7, 3]),                        # only hops down or across: the whole street
    3: (0, 0, [5]),                                 # a single building
    4: (0, 0, [1, 2, 3]),                           # the first climb is already impossible
    5: (10, 0, [1, 4, 4, 8, 11, 12]),               # battery drained to exactly 0 on the last hop
    6: (3, 2, [1, 100, 1, 100, 1, 100, 2, 3, 4, 5]),  # cartridges for the big climbs, battery for 1s
    7: (0, 3, [1, 10, 20, 30, 40]),                 # cartridges only: three climbs, then stuck
    8: (2**32 + 1000, 0, [1, 10**6] * 4),           # battery beyond 32 bits, climbs near 10^6
}


def gen(t):
    if t in HAND:
        b, c, h = HAND[t]
        return fmt(b, c, h)
    rng = random.Random(2600 + t)
    if t == 9:  # small random
        h = [rng.randint(1, 30) for _ in range(25)]
        return fmt(rng.randint(0, 60), rng.randint(0, 4), h)
    if t == 10:  # medium random, the flight stops about two thirds of the way
        h = [rng.randint(1, 10**6) for _ in range(3000)]
        c = 200
        return fmt(battery_needed(h, c, 2000) + rng.randint(0, 5), c, h)
    if t == 11:  # a rising street: many small climbs and a few huge ones
        h, cur = [], 1
        for _ in range(20000):
            cur += rng.randint(0, 3) if rng.random() < 0.995 else rng.randint(1000, 10000)
            h.append(cur)
        c = 150
        return fmt(battery_needed(h, c, 15000), c, h)
    if t == 12:  # enough for the whole street, the battery needs more than 32 bits
        h = [rng.randint(1, 10**6) if i % 2 else 1 for i in range(20000)]
        c = 50
        return fmt(battery_needed(h, c, len(h)), c, h)
    if t == 13:  # maximum n, the drone gets most of the way
        h = [rng.randint(1, 99999) for _ in range(100000)]
        c = 3000
        return fmt(battery_needed(h, c, 95000) + 7, c, h)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
