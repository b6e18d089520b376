"""Prints the input of test N for "metro-station-codes": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: ["park", "parkside", "pier", "harbor", "hill", "plaza"],
    2: ["central"],
    3: ["a"],                                     # smallest input
    4: ["abc", "ab"],                             # a name that begins another one
    5: ["q", "w", "e", "r", "t", "y"],            # one-letter names: each is its own code
    6: ["a" * i for i in range(1, 11)],           # a chain: only the longest has a code
    7: ["ba", "bab", "abab", "b", "bb", "aba"],   # codes where the previous name in sorted order decides
}


def fmt(names):
    return f"{len(names)}\n" + "".join(w + "\n" for w in names)


def rand_word(rng, n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


def distinct(rng, count, make):
    seen, out = set(), []
    while len(out) < count:
        w = make()
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(6600 + t)
    az = "abcdefghijklmnopqrstuvwxyz"
    if t == 8:  # many short names over two letters: lots of names beginning others
        return fmt(distinct(rng, 300, lambda: rand_word(rng, rng.randint(1, 9), "ab")))
    if t == 9:  # many random names
        return fmt(distinct(rng, 12000, lambda: rand_word(rng, rng.randint(3, 14), az)))
    if t == 10:  # many names, all sharing a common start, over three letters
        return fmt(distinct(rng, 10000, lambda: "sta" + rand_word(rng, rng.randint(6, 9), "abc")))
    if t == 11:  # three very long names with one-letter codes
        body = rand_word(rng, 66000, az)
        return fmt(["x" + body, "y" + body[::-1], "z" + body[:66000]])
    if t == 12:  # two long names that differ only in their last letter
        body = rand_word(rng, 49999, "ab")
        return fmt([body + "a", body + "b"])
    if t == 13:  # a long chain mixed with near-misses
        names = ["m" * i for i in range(1, 301)]
        names += ["m" * i + "n" for i in range(1, 301, 7)]
        rng.shuffle(names)
        return fmt(names)
    if t == 14:  # clusters of names with shared starts of different lengths
        names = distinct(rng, 8000, lambda: rng.choice(["north", "northgate", "nor", "south", "s"])
                         + rand_word(rng, rng.randint(0, 6), "aeiou"))
        return fmt(names)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
