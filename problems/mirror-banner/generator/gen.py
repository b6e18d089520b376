"""Prints the input of test N for "mirror-banner": python3 generator/gen.py N (fixed seeds)."""
import random
import sys


def thue_morse(k):
    """The Thue-Morse word of length 2^k over {a, b}. For odd k its reverse is its complement."""
    return "".join("ab"[bin(i).count("1") % 2] for i in range(2**k))


HAND = {
    1: "racecars",
    2: "banana",
    3: "a",
    5: "abbac",        # the longest mirrored start has even length
    6: "aab",
}


def gen(t):
    if t in HAND:
        return HAND[t] + "\n"
    rng = random.Random(8200 + t)
    if t == 4:  # maximum length, one letter repeated
        return "a" * 200000 + "\n"
    if t == 7:  # random over two letters
        return "".join(rng.choice("ab") for _ in range(1000)) + "\n"
    if t == 8:  # a long mirrored start followed by random letters
        half = "".join(rng.choice("abc") for _ in range(2000))
        tail = "".join(rng.choice("abc") for _ in range(1000))
        return half + half[::-1] + tail + "\n"
    if t == 9:  # Thue-Morse word of length 2^17: polynomial hashes modulo 2^64 collide on it
        return thue_morse(17) + "\n"
    if t == 10:  # maximum length: every long start almost mirrors, failing only near its middle
        m = 49999
        return "a" * m + "b" + "a" * (3 * m) + "\n"
    if t == 11:  # a long even-length mirrored start, then one letter
        half = "".join(rng.choice("ab") for _ in range(75000))
        return half + half[::-1] + "x" + "\n"
    if t == 12:  # Thue-Morse word of length 2^11
        return thue_morse(11) + "\n"
    if t == 13:  # already reads the same both ways
        return "ab" * 49999 + "a" + "\n"
    if t == 14:  # a^m b a^(m-1): the prefix a^m mirrors, and s + reverse(s) has a border longer than s
        m = 50000
        return "a" * m + "b" + "a" * (m - 1) + "\n"
    if t == 15:  # a periodic word that mirrors
        return "abba" * 1000 + "\n"
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
