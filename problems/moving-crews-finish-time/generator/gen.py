"""Prints the input of test N for "moving-crews-finish-time": python3 generator/gen.py N"""
import random
import sys


def fmt(k, a):
    return f"{len(a)} {k}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (2, [3, 3, 2, 2, 2]),                   # 3+3 and 2+2+2: 6, the greedy gives 7
    2: (3, [7, 4, 5, 3, 6, 2]),                # 7+2, 6+3, 5+4: 9
    3: (1, [10**9]),                           # one job, one crew
    4: (5, [4, 8, 1, 9, 3]),                   # a crew per job: the longest job
    5: (1, [10**9] * 14),                      # one crew does everything: 1.4 * 10^10 minutes
    6: (4, [7] * 14),                          # equal jobs: 4 + 4 + 3 + 3
    7: (3, [5, 5, 4, 4, 3, 3, 3]),             # 5+4, 5+4, 3+3+3 = 9; the greedy gives 11
    8: (2, [20, 11, 7, 12, 3, 11]),            # 20+12 and 11+11+7+3: 32
}


def gen(t):
    if t in HAND:
        k, a = HAND[t]
        return fmt(k, a)
    rng = random.Random(7700 + t)
    if t == 9:  # random, 12 jobs, 3 crews
        return fmt(3, [rng.randint(1, 100) for _ in range(12)])
    if t == 10:  # 14 nearly equal jobs on 5 crews: the lower bound cannot be reached
        return fmt(5, [rng.randint(90, 110) for _ in range(14)])
    if t == 11:  # 14 random jobs on 4 crews
        return fmt(4, [rng.randint(1, 10**6) for _ in range(14)])
    if t == 12:  # 14 jobs of very different lengths on 6 crews
        return fmt(6, [rng.choice([1, 10, 100, 1000]) * rng.randint(1, 9) for _ in range(14)])
    if t == 13:  # 14 long jobs near 10^9 on 7 crews
        return fmt(7, [rng.randint(9 * 10**8, 10**9) for _ in range(14)])
    if t == 14:  # 14 nearly equal jobs on 4 crews, large values
        return fmt(4, [rng.randint(990000, 1000000) for _ in range(14)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
