"""Prints the input of test N for "hunting-tooth-gears": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def fmt(a):
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def primes_upto(m):
    sieve = bytearray([1]) * (m + 1)
    sieve[0] = sieve[1] = 0
    for p in range(2, int(m**0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytearray(len(sieve[p * p::p]))
    return [p for p in range(m + 1) if sieve[p]]


HAND = {
    1: [12, 35, 18, 7, 25],
    2: [1, 1, 2, 2],
    3: [100000],
    12: [99999, 100000],
}


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(8100 + t)
    if t == 4:  # single-pin drivers only: every pair counts
        return fmt([1] * 1000)
    if t == 5:  # all even: no pair counts
        return fmt([2 * rng.randint(1, 50000) for _ in range(1000)])
    if t == 6:  # small primes and their multiples
        ps = primes_upto(100)
        a = []
        for _ in range(2000):
            p = rng.choice(ps)
            a.append(p * rng.randint(1, 100000 // p))
        return fmt(a)
    if t == 7:  # random
        return fmt([rng.randint(1, 100000) for _ in range(5000)])
    if t == 8:  # maximum n, random
        return fmt([rng.randint(1, 100000) for _ in range(50000)])
    if t == 9:  # maximum n, numbers built from a few small primes (many shared factors)
        a = []
        while len(a) < 50000:
            x = 1
            for p in (2, 3, 5, 7, 11, 13):
                if rng.random() < 0.45:
                    x *= p ** rng.randint(1, 2)
            if x <= 100000:
                a.append(x)
        return fmt(a)
    if t == 10:  # maximum n, ones and twos
        return fmt([rng.choice([1, 2, 2, 2]) for _ in range(50000)])
    if t == 11:  # divisors of 83160 = 2^3 3^3 5 7 11, each many times
        ds = [d for d in range(1, 83161) if 83160 % d == 0]
        return fmt([rng.choice(ds) for _ in range(10000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
