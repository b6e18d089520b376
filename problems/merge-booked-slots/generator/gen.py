"""Prints the input of test N for "merge-booked-slots": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "6\n5 8\n1 3\n2 4\n10 12\n8 9\n14 14\n",
    2: "1\n7 7\n",
    3: "5\n2 6\n2 6\n2 6\n2 6\n2 6\n",
    4: "6\n1 10\n2 3\n4 5\n11 12\n12 20\n13 14\n",
    5: "6\n5 7\n1 3\n3 5\n7 7\n9 9\n9 12\n",
    6: "5\n1 3\n4 5\n6 6\n8 10\n7 7\n",
    7: "4\n1000000000 1000000000\n0 0\n0 0\n999999999 1000000000\n",
}


def fmt(slots):
    return f"{len(slots)}\n" + "".join(f"{s} {e}\n" for s, e in slots)


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(5000 + t)
    if t == 8:
        slots = []
        for _ in range(20):
            s = rng.randint(0, 50)
            slots.append((s, s + rng.randint(0, 4)))
        return fmt(slots)
    if t == 9:
        slots = []
        for _ in range(1000):
            s = rng.randint(0, 10**9 - 10**6)
            slots.append((s, s + rng.randint(0, 10**6)))
        return fmt(slots)
    if t == 10:  # maximum n: 99999 separate single moments in random order, then one slot over all
        slots = [(2 * i, 2 * i) for i in range(99999)]
        rng.shuffle(slots)
        return fmt(slots + [(0, 10**9)])
    if t == 11:  # many short slots, part of them chained together
        slots = []
        for _ in range(30000):
            s = rng.randint(0, 10**6)
            slots.append((s, s + rng.randint(0, 40)))
        return fmt(slots)
    if t == 12:  # nested slots, longest last
        slots = [(i, 10**6 - i) for i in range(20000)]
        slots.reverse()
        return fmt(slots)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
