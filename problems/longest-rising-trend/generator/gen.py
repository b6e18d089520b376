"""Prints the input of test N: python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "8\n3 1 4 1 5 9 2 6\n",
    2: "4\n5 5 5 5\n",
    3: "1\n1000000000\n",
}


def emit(prices):
    return f"{len(prices)}\n" + " ".join(map(str, prices)) + "\n"


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(4000 + t)
    if t == 4:
        return emit(list(range(1000, 0, -1)))  # falling: answer 1
    if t == 5:
        return emit(list(range(1, 1001)))  # rising every day: answer n
    if t == 6:
        # every price twice in a row: a trend may use only one of the two
        return emit([v for v in range(1, 501) for _ in range(2)])
    if t == 7:
        return emit([rng.randint(1, 50) for _ in range(2000)])
    if t == 8:
        # zigzag: rises never last more than one step, but the trend skips the peaks
        p = []
        for i in range(1, 1001):
            p += [i, 10**6 + i]
        return emit(p)
    if t == 9:
        # maximum size, random prices
        return emit([rng.randint(1, 10**9) for _ in range(100000)])
    if t == 10:
        # maximum size, a noisy upward drift with many repeated prices
        return emit([i // 3 + rng.randint(0, 40) + 1 for i in range(100000)])
    if t == 11:
        # maximum size, one price repeated
        return emit([7] * 100000)
    if t == 12:
        # the best trend skips a high first day and a dip after a long run
        p = [5000] + list(range(1, 501)) + [100] + list(range(501, 701))
        return emit(p)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
