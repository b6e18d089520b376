"""Prints the input of test N for "cracked-stepping-stones": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "..x.",       # sample: 5 crossings
    2: ".xxx.",      # sample: a gap of three cracked stones, 0 crossings
    3: ".",          # smallest n: 0-1-2 and 0-2
    4: "x",          # smallest n, the only stone cracked: 0-2
    5: "xx",         # only the jump 0-3 works
    6: "x...",       # first stone cracked: base cases must respect it
    7: ".x..x.",     # second stone cracked
    8: "." * 30,     # all sound, still below the modulus
}


def gen(t):
    if t in HAND:
        s = HAND[t]
        return f"{len(s)}\n{s}\n"
    rng = random.Random(7000 + t)
    if t == 9:  # all sound, the count passes the modulus many times
        s = "." * 200
    elif t == 10:  # random, 10% cracked, no three in a row
        a = ["x" if rng.random() < 0.1 else "." for _ in range(1000)]
        for i in range(2, len(a)):
            if a[i] == a[i - 1] == a[i - 2] == "x":
                a[i] = "."
        s = "".join(a)
    elif t == 11:  # maximum n, all sound
        s = "." * 200000
    elif t == 12:  # maximum n, 25% cracked, no three in a row
        a = ["x" if rng.random() < 0.25 else "." for _ in range(200000)]
        for i in range(2, len(a)):
            if a[i] == a[i - 1] == a[i - 2] == "x":
                a[i] = "."
        s = "".join(a)
    elif t == 13:  # maximum n, a fatal gap of three cracked stones near the far bank
        a = ["x" if rng.random() < 0.2 else "." for _ in range(200000)]
        for i in range(2, len(a)):
            if a[i] == a[i - 1] == a[i - 2] == "x":
                a[i] = "."
        a[199990:199993] = ["x", "x", "x"]
        s = "".join(a)
    elif t == 14:  # long, every second stone cracked, last stone cracked
        s = "".join("x" if i % 2 == 0 else "." for i in range(1, 100001))
    else:
        raise SystemExit(f"no test {t}")
    return f"{len(s)}\n{s}\n"


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
