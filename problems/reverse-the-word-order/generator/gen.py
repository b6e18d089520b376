"""Prints the input of test N: `python3 generator/gen.py N`. Deterministic (fixed seeds)."""
import random
import sys

PRINTABLE = "".join(chr(c) for c in range(33, 127))
LETTERS = "abcdefghijklmnopqrstuvwxyz"

HAND = {
    1: "the quick brown fox",
    2: "  keep   calm  and carry on   ",       # runs of spaces, spaces at both ends
    3: "",                                     # empty line
    4: "      ",                               # only spaces
    5: "grindstone",                           # one word
    6: "   solo   ",                           # one word inside spaces
    7: "x=1; y=2; print(x+y) ! {ok} \"quoted\" back\\slash",  # punctuation stays in words
    8: "a b c d e f g h i j",                  # one-letter words
}


def word(rng, lo, hi, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def line(rng, length, wlo, whi, slo, shi, alphabet):
    """Words and space runs (slo..shi spaces, also at both ends) up to exactly length."""
    parts = [" " * rng.randint(slo, shi)]
    size = len(parts[0])
    while size < length:
        w = word(rng, wlo, whi, alphabet)
        s = " " * rng.randint(max(slo, 1), shi)
        parts += [w, s]
        size += len(w) + len(s)
    return "".join(parts)[:length]


def gen(n):
    if n in HAND:
        return HAND[n] + "\n"
    rng = random.Random(5000 + n)
    if n == 9:  # medium, messy spacing
        return line(rng, 5000, 1, 8, 0, 5, LETTERS) + "\n"
    if n == 10:  # maximum length, 500000 one-character words, single spaces
        return line(rng, 10**6, 1, 1, 1, 1, PRINTABLE) + "\n"
    if n == 11:  # large, long runs of spaces
        return line(rng, 300000, 1, 10, 1, 20, PRINTABLE) + "\n"
    if n == 12:  # a long line of spaces only
        return " " * 100000 + "\n"
    raise SystemExit(f"no test {n}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
