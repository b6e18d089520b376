# WRONG: counts positions from the back with a recursive walk, which passes small trains but exceeds Python's recursion limit on long ones; crashes on test 11 (n = 50000) and test 12.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, h = int(data[0]), int(data[1]), int(data[2])
    w = [0] * (n + 1)
    b = [0] * (n + 1)
    for i in range(1, n + 1):
        w[i] = int(data[1 + 2 * i])
        b[i] = int(data[2 + 2 * i])
    sys.setrecursionlimit(10000)

    def rebuild(c):
        """Returns (new head of the rest of the train, position of c from the back)."""
        if c == 0:
            return 0, 0
        rest, from_back = rebuild(b[c])
        if from_back + 1 == k:
            return rest, from_back + 1
        b[c] = rest
        return c, from_back + 1

    h, _ = rebuild(h)
    out = []
    c = h
    while c != 0:
        out.append(w[c])
        c = b[c]
    print(" ".join(map(str, out)) if out else "EMPTY")


main()
