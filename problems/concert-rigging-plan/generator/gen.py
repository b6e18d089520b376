"""Prints the input of test N for "concert-rigging-plan": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: ([4, 2, 3, 10, 1], [(1, 2), (1, 3), (2, 5), (3, 5)]),
    2: ([5, 5, 5, 1], [(1, 2), (2, 3), (3, 1), (1, 4)]),          # a circle 1 -> 2 -> 3 -> 1
    3: ([7], []),                                                    # one job, no rules
    4: ([3, 9, 4, 9, 1], []),                                        # no rules: the longest job
    5: ([2, 2, 2], [(1, 2), (2, 2)]),                                # a job waiting for itself
    6: ([1, 1, 20, 1, 1], [(1, 2), (2, 4), (3, 5), (4, 5), (1, 2), (2, 4)]),  # repeated rules
    7: ([6, 1, 1, 1, 8, 2], [(2, 3), (3, 4), (1, 4), (5, 6), (4, 6)]),  # long job next to a chain
    8: ([1, 2, 3, 4, 5, 6, 7], [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4), (3, 7)]),  # circle off the main path
}


def fmt(t, rules):
    return f"{len(t)} {len(rules)}\n{' '.join(map(str, t))}\n" + "".join(f"{a} {b}\n" for a, b in rules)


def random_dag(rng, n, m, tmax):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)  # perm gives a hidden topological order
    rules = []
    for _ in range(m):
        i = rng.randint(0, n - 2)
        j = rng.randint(i + 1, min(n - 1, i + 50))
        rules.append((perm[i], perm[j]))
    t = [rng.randint(1, tmax) for _ in range(n)]
    return t, rules


def gen(k):
    if k in HAND:
        return fmt(*HAND[k])
    rng = random.Random(7700 + k)
    if k == 9:  # a ladder: 40 rungs of two jobs, each fully tied to the next rung: 2^40 chains
        rules = []
        for r in range(39):
            for a in (2 * r + 1, 2 * r + 2):
                for b in (2 * r + 3, 2 * r + 4):
                    rules.append((a, b))
        rng.shuffle(rules)
        return fmt([rng.randint(1, 10**6) for _ in range(80)], rules)
    if k == 10:  # random DAG, medium
        return fmt(*random_dag(rng, 1000, 3000, 1000))
    if k == 11:  # maximum n and m: one chain of all jobs, rules listed backwards, total past 2^31
        n = 25000
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        rules = [(perm[i], perm[i + 1]) for i in range(n - 2, -1, -1)]
        rules.append((perm[0], perm[n - 1]))  # a shortcut that does not shorten anything
        return fmt([rng.randint(900000, 10**6) for _ in range(n)], rules[:25000])
    if k == 12:  # large random DAG with large times
        return fmt(*random_dag(rng, 12000, 12000, 10**6))
    if k == 13:  # a long chain closed into a circle, plus free jobs: answer -1
        n = 10000
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        rules = [(perm[i], perm[i + 1]) for i in range(n - 2, 1000, -1)][::-1]
        rules.append((perm[n - 1], perm[1001]))
        return fmt([rng.randint(1, 10**6) for _ in range(n)], rules)
    raise SystemExit(f"no test {k}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
