# WRONG: believes she must collect every key in the archive before leaving, so it only accepts reaching the exit with all keys; caught by test 06 (useless keys) and test 07 (unreachable keys: prints -1).
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    plan = "".join(data[2:2 + n])
    size = n * m
    start, goal = plan.index("S"), plan.index("X")
    everything = 0
    for ch in plan:
        if "a" <= ch <= "e":
            everything |= 1 << (ord(ch) - 97)
    seen = bytearray(32 * size)
    seen[start] = 1
    layer, steps = [start], 0
    while layer:
        nxt = []
        for s in layer:
            keys, c = divmod(s, size)
            if c == goal and keys == everything:
                print(steps)
                return
            r, col = divmod(c, m)
            for d, ok in ((c - m, r > 0), (c + m, r < n - 1), (c - 1, col > 0), (c + 1, col < m - 1)):
                if not ok:
                    continue
                ch = plan[d]
                if ch == "#":
                    continue
                nk = keys
                if "A" <= ch <= "E" and not keys >> (ord(ch) - 65) & 1:
                    continue
                if "a" <= ch <= "e":
                    nk |= 1 << (ord(ch) - 97)
                t = nk * size + d
                if not seen[t]:
                    seen[t] = 1
                    nxt.append(t)
        layer = nxt
        steps += 1
    print(-1)


main()
