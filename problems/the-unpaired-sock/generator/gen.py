"""Prints the input of test N: `python3 generator/gen.py N`. Deterministic (fixed seeds)."""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


HAND = {
    1: [3, 8, 5, 8, 3],
    2: [42],                                 # a single sock
    3: [7, 7, 1],                            # the smallest number, last
    4: [10**9, 2, 2],                        # the largest possible number, first
    5: [4, 1, 4, 9, 1, 6, 9],                # in the middle
    6: [5, 2, 5, 30, 7, 2, 11, 7, 11],       # the largest number of the pile
    7: [1, 1, 2, 2, 3, 3, 4, 4, 5],          # partners side by side
}


def pile(rng, pairs, hi, largest_last=False):
    """pairs distinct numbers in 1..hi twice each plus one once, shuffled."""
    nums = rng.sample(range(1, hi + 1), pairs + 1)
    if largest_last:
        nums.sort()
        single = nums.pop()
    else:
        single = nums.pop(rng.randrange(len(nums)))
    a = nums + nums
    rng.shuffle(a)
    if largest_last:
        a.append(single)
    else:
        a.insert(rng.randrange(len(a) + 1), single)
    return a


def gen(n):
    if n in HAND:
        return fmt(HAND[n])
    rng = random.Random(4000 + n)
    if n == 8:  # medium, numbers up to 10^9
        return fmt(pile(rng, 5000, 10**9))
    if n == 9:  # dense small numbers
        return fmt(pile(rng, 500, 501))
    if n == 10:  # maximum n; the unpaired sock is the largest number and comes last
        return fmt(pile(rng, 50000, 10**9, largest_last=True))
    if n == 11:  # every number close to 10^9: sums of them leave 32 bits
        a = pile(rng, 10000, 100000)
        return fmt([10**9 - 100000 + v for v in a])
    raise SystemExit(f"no test {n}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
