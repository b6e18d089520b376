"""Prints the input of test N for "heavy-convoy-routes": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: (4, [(1, 4, 3), (1, 2, 5), (2, 3, 7), (3, 4, 6)],
        [(1, 4, 5), (1, 4, 6), (4, 1, 3), (2, 4, 6), (3, 2, 8)]),
    2: (5, [(1, 2, 10), (4, 5, 1)],
        [(3, 3, 1000000), (1, 3, 1), (5, 4, 1), (5, 4, 2), (2, 1, 10)]),  # a town to itself; cut-off towns
    3: (1, [], [(1, 1, 1)]),                                   # one town, no roads
    4: (2, [], [(1, 2, 1), (2, 2, 7)]),                        # two towns, no roads
    5: (3, [(1, 2, 4), (2, 3, 4)], [(1, 3, 4), (1, 3, 5), (3, 1, 4)]),  # weight exactly the limit
    6: (3, [(1, 2, 2), (1, 2, 9), (2, 3, 9), (3, 3, 100), (2, 3, 1)],
        [(1, 3, 9), (1, 3, 10), (3, 3, 100), (1, 2, 3)]),      # parallel roads and a loop
    7: (4, [(1, 2, 10), (2, 3, 20), (3, 4, 30), (1, 4, 5)],
        [(1, 4, 1), (1, 4, 6), (1, 3, 11), (2, 4, 20), (1, 4, 11), (3, 4, 31)]),  # light requests first
}


def fmt(n, roads, reqs):
    out = [f"{n} {len(roads)} {len(reqs)}\n"]
    out += [f"{a} {b} {c}\n" for a, b, c in roads]
    out += [f"{u} {v} {w}\n" for u, v, w in reqs]
    return "".join(out)


def rand_case(rng, n, m, q, cmax):
    roads = [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, cmax)) for _ in range(m)]
    reqs = [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, cmax)) for _ in range(q)]
    return n, roads, reqs


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(11000 + t)
    if t == 8:  # small random, few distinct limits (many ties between limits and weights)
        return fmt(*rand_case(rng, 30, 45, 60, 6))
    if t == 9:  # medium random
        return fmt(*rand_case(rng, 1000, 1600, 2000, 1000))
    if t == 10:  # large random; limits near the weights decide
        return fmt(*rand_case(rng, 5000, 7000, 7000, 10**6))
    if t == 11:  # maximum: one big strong network, and far towns behind weak roads; mostly NO
        n = 10000
        roads = []
        big = 7000
        order = list(range(1, big + 1))
        rng.shuffle(order)
        for i in range(1, big):  # a random tree, then extra roads, all strong
            roads.append((order[i], order[rng.randrange(i)], rng.randint(500000, 10**6)))
        while len(roads) < 9000:  # 9000 strong roads, then 3000 weak ones
            roads.append((rng.randint(1, big), rng.randint(1, big), rng.randint(500000, 10**6)))
        for v in range(big + 1, n + 1):  # far towns hang on weak roads
            roads.append((v, rng.randint(1, big), rng.randint(1, 1000)))
        roads = roads[:12000]
        rng.shuffle(roads)
        reqs = []
        for _ in range(12000):
            u = rng.randint(1, big)
            if rng.random() < 0.85:
                reqs.append((u, rng.randint(big + 1, n), rng.randint(1001, 499999)))
            else:
                reqs.append((u, rng.randint(1, big), rng.randint(1, 10**6)))
        return fmt(n, roads, reqs)
    if t == 12:  # a long chain of towns whose limits fall along the way
        n = 3000
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        roads = [(perm[i], perm[i + 1], 10**6 - 300 * i) for i in range(n - 1)]
        reqs = []
        for _ in range(4000):
            i, j = sorted(rng.sample(range(n), 2))
            w = 10**6 - 300 * (j - 1) + rng.choice([-1, 0, 0, 1])
            reqs.append((perm[i], perm[j], max(1, w)))
        return fmt(n, roads, reqs)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
