"""Prints the input of test N for "one-tile-too-many": python3 generator/gen.py N (fixed seeds)."""
import itertools
import random
import sys


def fmt(rows):
    return f"{len(rows)}\n" + "".join(r + "\n" for r in rows)


HAND = {
    1: ["rotaxtor", "stats", "mosaic"],
    2: ["ab", "abc", "q"],
    # the extra tile is on the right (abac, abbab), on the left (caba, babba), or not removable
    3: ["abac", "caba", "abbab", "babba", "accac", "caacca", "abca", "abcba", "abcbda", "aabbc"],
}


def palindrome(rng, length, alphabet):
    half = [rng.choice(alphabet) for _ in range(length // 2)]
    mid = [rng.choice(alphabet)] if length % 2 else []
    return half + mid + half[::-1]


def near(rng, length, alphabet, inserts):
    """A palindrome of about `length` tiles with `inserts` random tiles slipped in."""
    s = palindrome(rng, length - inserts, alphabet)
    for _ in range(inserts):
        s.insert(rng.randint(0, len(s)), rng.choice(alphabet))
    return "".join(s)


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(7200 + t)
    if t == 4:  # every row over {a, b} of length 1..8
        rows = ["".join(p) for L in range(1, 9) for p in itertools.product("ab", repeat=L)]
        return fmt(rows)
    if t == 5:  # many short near-symmetric rows over two colours
        return fmt([near(rng, rng.randint(5, 12), "ab", rng.randint(0, 2)) for _ in range(2000)])
    if t == 6:  # medium rows over all colours
        return fmt([near(rng, rng.randint(2, 60), "abcdefghijklmnopqrstuvwxyz", rng.randint(0, 2))
                    for _ in range(500)])
    if t == 7:  # maximum: a lone odd tile splits a long plain row; only removing it helps
        m = 99999
        return fmt(["a" * m + "b" + "a" * (m + 1)])
    if t == 8:  # maximum: a long plain row that stays symmetric almost to the middle, answer NO
        m = 99998
        return fmt(["a" * m + "bb" + "a" * (m + 2)])
    if t == 9:  # one long two-colour row with one extra tile
        return fmt([near(rng, 100000, "ab", 1)])
    if t == 10:  # the maximum number of rows
        return fmt([near(rng, 10, "abc", rng.randint(0, 2)) for _ in range(10000)])
    if t == 11:  # one long two-colour row with two extra tiles far apart
        s = palindrome(rng, 99998, "ab")
        s.insert(20000, "a" if s[20000] == "b" else "b")
        s.insert(70000, "a" if s[70000] == "b" else "b")
        return fmt(["".join(s)])
    if t == 12:  # already symmetric, even length
        return fmt(["".join(palindrome(rng, 50000, "xy"))])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
