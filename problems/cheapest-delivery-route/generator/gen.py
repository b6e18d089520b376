"""Prints the input of test N: python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "5 6\n1 2 4\n1 3 1\n3 2 2\n2 4 5\n3 4 8\n4 1 3\n",
    2: "4 3\n1 2 0\n2 1 7\n3 4 1\n",
    3: "1 0\n",
    4: "3 0\n",
    # self-loops, parallel roads, a road back into the depot
    5: "4 8\n1 1 5\n1 2 9\n1 2 3\n2 2 0\n2 3 1\n2 3 1\n3 1 0\n1 4 1000000000\n",
    # sums pass 2^31 after three roads
    6: "6 6\n1 2 1000000000\n2 3 1000000000\n3 4 1000000000\n4 5 1000000000\n5 6 1000000000\n1 6 999999999\n",
}


def emit(n, roads):
    out = [f"{n} {len(roads)}"]
    out.extend(f"{u} {v} {c}" for u, v, c in roads)
    return "\n".join(out) + "\n"


def random_graph(rng, n, m, cmax):
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, cmax)) for _ in range(m)]


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(5000 + t)
    if t == 7:
        # a chain of expensive roads (costs up to about 10^12) and some roads back
        n = 1000
        roads = [(i, i + 1, 10**9 - rng.randint(0, 1000)) for i in range(1, n)]
        roads += [(rng.randint(2, n), rng.randint(1, n), rng.randint(0, 10**9)) for _ in range(1000)]
        rng.shuffle(roads)
        return emit(n, roads)
    if t == 8:
        # the first route that reaches a junction is rarely the cheapest one
        return emit(1000, random_graph(rng, 1000, 10000, 10**9))
    if t == 9:
        return emit(5000, random_graph(rng, 5000, 20000, 10**9))
    if t == 10:
        # maximum size: one long cheapest route through all junctions (in random
        # numbering), given from its far end backwards, plus short cuts that are sometimes
        # cheaper and roads going back; Bellman-Ford needs about one pass per junction
        n, m = 50000, 100000
        order = [1] + rng.sample(range(2, n + 1), n - 1)
        roads = [(i, i + 1, rng.randint(1, 10)) for i in range(n - 1)]  # by position
        while len(roads) < m:
            i = rng.randrange(n)
            if rng.random() < 0.2 and i + 2 < n:
                j = min(n - 1, i + rng.randint(2, 5))
                roads.append((i, j, rng.randint(1, 12 * (j - i))))
            else:
                j = rng.randrange(i + 1)
                roads.append((i, j, rng.randint(0, 9)))
        roads.sort(key=lambda r: -r[0])
        return emit(n, [(order[i], order[j], c) for i, j, c in roads])
    if t == 11:
        # many free roads
        roads = [(1, rng.randint(2, 2000), rng.randint(0, 2)) for _ in range(5)]
        roads += random_graph(rng, 2000, 5995, 2)
        rng.shuffle(roads)
        return emit(2000, roads)
    if t == 12:
        # most junctions cannot be reached
        n = 50000
        roads = [(1, rng.randint(2, n), rng.randint(0, 10**9)) for _ in range(100)]
        roads += [(rng.randint(2, n), rng.randint(2, n), rng.randint(0, 10**9)) for _ in range(1900)]
        return emit(n, roads)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
