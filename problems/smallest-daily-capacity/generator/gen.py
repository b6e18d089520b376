"""Prints the input of test N for "smallest-daily-capacity": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "7 3\n4 8 2 6 5 3 7\n",
    2: "4 2\n9 1 1 9\n",
    3: "1 1\n10000\n",
    4: "6 6\n3 9 2 9 1 4\n",
    5: "5 1\n7 1 10000 3 2\n",
    6: "6 4\n1 2 50 1 1 3\n",
    7: "7 3\n5 5 5 5 5 5 5\n",
}


def fmt(d, w):
    return f"{len(w)} {d}\n" + " ".join(map(str, w)) + "\n"


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(3000 + t)
    if t == 8:  # every parcel at the maximum weight
        return fmt(7, [10000] * 1000)
    if t == 9:
        return fmt(37, [rng.randint(1, 10000) for _ in range(1000)])
    if t == 10:  # maximum n, one day: the answer is the total weight
        return fmt(1, [rng.randint(1, 10000) for _ in range(100000)])
    if t == 11:  # maximum n, a hundred days
        return fmt(100, [rng.randint(1, 10000) for _ in range(100000)])
    if t == 12:  # maximum n, one day fewer than parcels
        return fmt(99999, [rng.randint(1, 10000) for _ in range(100000)])
    if t == 13:  # maximum n, light parcels with a few very heavy ones
        w = [rng.randint(1, 100) for _ in range(100000)]
        for i in rng.sample(range(100000), 40):
            w[i] = 10000
        return fmt(317, w)
    if t == 14:  # maximum n, one day per parcel: the answer is the heaviest parcel
        return fmt(100000, [rng.randint(1, 9) for _ in range(100000)])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
