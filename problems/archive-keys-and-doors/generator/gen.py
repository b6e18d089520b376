"""Prints the input of test N for "archive-keys-and-doors": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: ["a..S.AX",
        "###.###"],                       # fetch the key, walk back past the desk
    2: ["S.#aX",
        "..#.#",
        "..B.."],                         # gate B has no key: -1
    3: ["SX"],                            # smallest: one step
    4: ["S#X"],                           # walled off: -1
    5: ["S.C.X",
        ".###.",
        "....."],                         # a gate without key: go around
    6: ["S...X.",
        ".####.",
        "a....b"],                        # keys that are not needed
    7: ["S..X",
        "####",
        "a..b"],                          # keys that cannot be reached
    8: ["S.A.b.#",
        ".######",
        ".a.....",
        "######B",
        "......X"],                       # key a, then key b behind gate A, then gate B
    9: ["a#S#b",
        ".#.#.",
        ".#A#.",
        ".#.#.",
        "..B..",
        "###.#",
        "DDD.X"],                         # key a only behind gate B, key b only behind gate A: -1
}


def fmt(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "".join(r + "\n" for r in rows)


def place(g, rng, ch):
    n, m = len(g), len(g[0])
    while True:
        r, c = rng.randrange(n), rng.randrange(m)
        if g[r][c] == ".":
            g[r][c] = ch
            return


def gen(t):
    if t in HAND:
        return fmt(HAND[t])
    rng = random.Random(9900 + t)
    if t == 10:  # random 30 x 30 with shelves, keys and gates
        g = [["#" if rng.random() < 0.25 else "." for _ in range(30)] for _ in range(30)]
        for ch in "SXabcde":
            place(g, rng, ch)
        for _ in range(60):
            place(g, rng, rng.choice("ABCDE"))
        return fmt(["".join(r) for r in g])
    if t == 11:  # maximum open floor; the exit sits inside five rings of gates, keys outside
        n = m = 100
        g = [["."] * m for _ in range(n)]
        for k, letter in enumerate("EDCBA"):  # ring k at Chebyshev distance k+1 from (60, 40)
            d = k + 1
            for r in range(60 - d, 60 + d + 1):
                for c in range(40 - d, 40 + d + 1):
                    if max(abs(r - 60), abs(c - 40)) == d:
                        g[r][c] = letter
        g[60][40] = "X"
        g[0][0] = "S"
        g[99][99], g[0][99], g[99][0], g[30][70], g[5][50] = "a", "b", "c", "d", "e"
        return fmt(["".join(r) for r in g])
    if t == 12:  # maximum comb: a spine at column 0, long teeth, keys at the tips, gates on the spine
        n = m = 100
        g = [["#"] * m for _ in range(n)]
        for r in range(n):
            g[r][0] = "."
        for r in range(0, n, 2):
            for c in range(m):
                g[r][c] = "."
        g[0][0] = "S"
        g[n - 1][m - 1] = "X"
        # the key for the gate at spine row 20k+11 lies at the tip of a tooth above it
        for k, (key, gate) in enumerate(zip("abcde", "ABCDE")):
            g[20 * k + 8][m - 1] = key
            g[20 * k + 11][0] = gate
        return fmt(["".join(r) for r in g])
    if t == 13:  # maximum open floor, all keys reachable, the exit sealed by shelves: -1
        n = m = 100
        g = [["."] * m for _ in range(n)]
        g[50][50] = "X"
        for r, c in ((49, 50), (51, 50), (50, 49), (50, 51)):
            g[r][c] = "#"
        g[0][0] = "S"
        for ch in "abcde":
            place(g, rng, ch)
        for _ in range(200):
            place(g, rng, rng.choice("ABCDE"))
        return fmt(["".join(r) for r in g])
    if t == 14:  # maximum random plan with shelves, keys and many gates
        n = m = 100
        g = [["#" if rng.random() < 0.22 else "." for _ in range(m)] for _ in range(n)]
        for ch in "SXabcde":
            place(g, rng, ch)
        for _ in range(700):
            place(g, rng, rng.choice("ABCDE"))
        return fmt(["".join(r) for r in g])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
