"""Prints the input of test N: python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "6 4\n1 2\n3 4\n5 6\n2 3\n",
    2: "4 5\n1 2\n2 3\n1 3\n4 4\n4 1\n",
    3: "1 1\n1 1\n",
    4: "100000 1\n1 100000\n",
    5: "2 3\n2 1\n1 2\n2 1\n",
}


def emit(n, events):
    out = [f"{n} {len(events)}"]
    out.extend(f"{a} {b}" for a, b in events)
    return "\n".join(out) + "\n"


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(2000 + t)
    if t == 6:
        # cycles and repeated friendships: many events join members already in one circle
        n = 1000
        ev = []
        for start in range(1, n + 1, 10):
            ring = list(range(start, start + 10))
            for i in range(10):
                ev.append((ring[i], ring[(i + 1) % 10]))
        ev += [(rng.randint(1, n), rng.randint(1, n)) for _ in range(500)]
        return emit(n, ev)
    if t == 7:
        n = 1000
        return emit(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(2000)])
    if t == 8:
        # maximum size: member 1 befriends everybody in turn; a union-find without
        # path compression and union by size walks a chain of length k at the k-th event
        n = 100000
        ev = [(1, k) for k in range(2, n + 1)] + [(1, 2)]
        return emit(n, ev)
    if t == 9:
        # large, random: many members, few repeated circles
        n = 100000
        return emit(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(30000)])
    if t == 10:
        # self-friendships and a star, mixed
        n = 20000
        ev = []
        for _ in range(30000):
            r = rng.random()
            if r < 0.3:
                a = rng.randint(1, n)
                ev.append((a, a))
            elif r < 0.7:
                ev.append((rng.randint(1, n), 7))
            else:
                ev.append((rng.randint(1, n), rng.randint(1, n)))
        return emit(n, ev)
    if t == 11:
        # two long chains that meet at the end
        n = 20000
        half = n // 2
        ev = [(i, i + 1) for i in range(1, half)]
        ev += [(i + 1, i) for i in range(half + 1, n)]
        rng.shuffle(ev)
        ev.append((1, n))
        ev.append((half, half + 1))
        return emit(n, ev)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
