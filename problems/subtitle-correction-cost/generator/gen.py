"""Prints the input of test N for "subtitle-correction-cost": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: (2, 3, 4, "parcel", "pancake"),
    2: (1, 1, 10, "abc", "abd"),              # overwriting costs more than delete + insert
    3: (5, 5, 5, "subtitle", "subtitle"),     # nothing to do
    4: (7, 9, 1, "x", "y"),                   # one cheap overwrite
    5: (3, 100, 100, "m", "mississippi"),     # only insertions make sense
    6: (100, 2, 100, "characters", "t"),      # only deletions make sense
    7: (1, 50, 60, "aaaa", "b"),              # deleting is dear, inserting cheap
    8: (40, 1, 60, "q", "aaaaa"),             # inserting is dear, deleting cheap
}


def fmt(i, d, r, a, b):
    return f"{i} {d} {r}\n{a}\n{b}\n"


def rand_word(rng, n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


def mutate(rng, s, edits, alpha):
    s = list(s)
    for _ in range(edits):
        op = rng.randint(0, 2)
        p = rng.randint(0, len(s) - 1)
        if op == 0:
            s.insert(p, rng.choice(alpha))
        elif op == 1 and len(s) > 1:
            del s[p]
        else:
            s[p] = rng.choice(alpha)
    return "".join(s)


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(5500 + t)
    az = "abcdefghijklmnopqrstuvwxyz"
    if t == 9:  # small random, random costs
        return fmt(rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9),
                   rand_word(rng, 12, "abc"), rand_word(rng, 10, "abc"))
    if t == 10:  # medium random
        return fmt(3, 4, 5, rand_word(rng, 200, "abcd"), rand_word(rng, 180, "abcd"))
    if t == 11:  # maximum size, two letters, cheap overwrites and different I, D
        return fmt(13, 7, 9, rand_word(rng, 1000, "ab"), rand_word(rng, 1000, "ab"))
    if t == 12:  # maximum size, overwriting dearer than delete + insert
        return fmt(4, 6, 11, rand_word(rng, 1000, "abc"), rand_word(rng, 1000, "abc"))
    if t == 13:  # maximum size, final line is the draft with a few edits
        a = rand_word(rng, 1000, az)
        return fmt(1000, 999, 998, a, mutate(rng, a, 30, az)[:1000])
    if t == 14:  # long draft, one-letter final line that occurs in it
        a = rand_word(rng, 1000, az)
        return fmt(1, 1000, 1, a, "q")
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
