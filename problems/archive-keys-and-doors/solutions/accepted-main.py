import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    plan = "".join(data[2:2 + n])
    size = n * m
    start = plan.index("S")
    goal = plan.index("X")
    # key_bit[c] / gate_bit[c]: the bit of the key lying on cell c / of the gate on cell c
    key_bit = [0] * size
    gate_bit = [0] * size
    wall = bytearray(size)
    for c, ch in enumerate(plan):
        if ch == "#":
            wall[c] = 1
        elif "a" <= ch <= "e":
            key_bit[c] = 1 << (ord(ch) - 97)
        elif "A" <= ch <= "E":
            gate_bit[c] = 1 << (ord(ch) - 65)
    nbrs = []
    for c in range(size):
        r, col = divmod(c, m)
        lst = []
        if r > 0 and not wall[c - m]:
            lst.append(c - m)
        if r < n - 1 and not wall[c + m]:
            lst.append(c + m)
        if col > 0 and not wall[c - 1]:
            lst.append(c - 1)
        if col < m - 1 and not wall[c + 1]:
            lst.append(c + 1)
        nbrs.append(lst)
    # BFS over states (keys carried, cell); state id = keys * size + cell.
    seen = bytearray(32 * size)
    seen[start] = 1
    layer = [start]
    steps = 0
    while layer:
        nxt = []
        for s in layer:
            keys, c = divmod(s, size)
            if c == goal:
                print(steps)
                return
            for d in nbrs[c]:
                g = gate_bit[d]
                if g and not (keys & g):
                    continue
                t = (keys | key_bit[d]) * size + d
                if not seen[t]:
                    seen[t] = 1
                    nxt.append(t)
        layer = nxt
        steps += 1
    print(-1)


main()
