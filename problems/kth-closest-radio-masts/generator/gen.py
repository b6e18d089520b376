"""Prints the input of test N for "kth-closest-radio-masts": python3 generator/gen.py N"""
import random
import sys


def fmt(k, a):
    return f"{len(a)} {k}\n{' '.join(map(str, a))}\n"


HAND = {
    1: (3, [1, 6, 3, 10]),                   # distances 2 3 4 5 7 9: the third is 4
    2: (4, [5, 5, 5, 8]),                    # distances 0 0 0 3 3 3: the fourth is 3
    3: (1, [10**9, 0]),                      # one pair, the largest distance
    4: (10, [4, 9, 1, 16, 25]),              # k = n(n-1)/2: the largest distance, 24
    5: (1, [7, 3, 7, 12]),                   # k = 1 with a repeated position: 0
    6: (6, [42, 42, 42, 42]),                # every mast at the same place
    7: (5, [30, 0, 20, 10, 40, 50]),         # positions out of order
    8: (7, [0, 1, 3, 6, 10]),                # exactly 7 distances are <= 6: answer 6
}


def gen(t):
    if t in HAND:
        k, a = HAND[t]
        return fmt(k, a)
    rng = random.Random(8800 + t)
    if t == 9:  # small random with repeats
        a = [rng.randint(0, 30) for _ in range(12)]
        return fmt(rng.randint(1, 66), a)
    if t == 10:  # medium random, large positions
        n = 3000
        a = [rng.randint(0, 10**9) for _ in range(n)]
        return fmt(rng.randint(1, n * (n - 1) // 2), a)
    if t == 11:  # clustered positions, k in the middle of the list
        n = 8000
        a = []
        for _ in range(n):
            c = rng.randint(0, 9)
            a.append(c * 10**8 + rng.randint(0, 10**6))
        return fmt(n * (n - 1) // 4, a)
    if t == 12:  # medium n, k small: only close pairs matter
        n = 6000
        return fmt(12345, [rng.randint(0, 10**9) for _ in range(n)])
    if t == 13:  # maximum n: k fits in 32 bits, but counts of up to 5 * 10^9 pairs do not
        n = 100000
        a = [rng.randint(0, 99999) for _ in range(n)]
        return fmt(1_000_000_000, a)
    if t == 14:  # k itself is beyond 2^31 - 1
        n = 66000
        a = [rng.randint(0, 99) for _ in range(n)]
        return fmt(2_150_000_000, a)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
