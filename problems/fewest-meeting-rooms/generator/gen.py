"""Prints the input of test N: python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "4\n1 5\n2 6\n4 9\n7 8\n",
    2: "3\n0 10\n10 20\n5 15\n",
    3: "1\n0 1000000000\n",
    4: "2\n7 9\n1 3\n",
    5: "6\n" + "4 8\n" * 6,
    # The room opened last is busy while an older one is already free again.
    8: "5\n0 3\n1 10\n4 5\n5 6\n6 12\n",
}


def emit(meetings):
    out = [str(len(meetings))]
    out.extend(f"{s} {e}" for s, e in meetings)
    return "\n".join(out) + "\n"


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(1000 + t)
    if t == 6:
        # a chain of 1000 meetings, each starting when the previous one ends: one room
        m = [(i, i + 1) for i in range(1000)]
        rng.shuffle(m)
        return emit(m)
    if t == 7:
        # three waves of 1000 meetings, each wave starting when the previous one ends
        m = [(10 * w, 10 * w + 10) for w in range(3) for _ in range(1000)]
        rng.shuffle(m)
        return emit(m)
    if t == 9:
        # many ties on a small time range
        m = []
        for _ in range(1000):
            s = rng.randint(0, 99)
            m.append((s, rng.randint(s + 1, min(100, s + 8))))
        return emit(m)
    if t == 10:
        m = []
        for _ in range(2000):
            s = rng.randint(0, 10**9 - 1)
            m.append((s, rng.randint(s + 1, min(10**9, s + 10**7))))
        return emit(m)
    if t == 11:
        # maximum size, large coordinates
        m = []
        for _ in range(100000):
            s = rng.randint(0, 10**9 - 1)
            m.append((s, rng.randint(s + 1, min(10**9, s + 2 * 10**7))))
        return emit(m)
    if t == 12:
        # nested meetings: all of them run at once
        m = [(i, 1000000 - i) for i in range(20000)]
        rng.shuffle(m)
        return emit(m)
    if t == 13:
        # coordinates on a coarse grid: many meetings end exactly when others start
        step = 5 * 10**7
        m = []
        for _ in range(10000):
            a = rng.randint(0, 19)
            b = rng.randint(a + 1, min(20, a + 3))
            m.append((a * step, b * step))
        return emit(m)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
