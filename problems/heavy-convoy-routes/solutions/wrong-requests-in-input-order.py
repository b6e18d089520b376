# WRONG: sorts the roads but answers the requests in input order, opening roads for each request and never closing them, so a heavy request after a light one uses weak roads; caught by test 07 (light requests first) and by samples 01-02 and tests 05-12.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    vals = list(map(int, data[3:3 + 3 * (m + q)]))
    roads = sorted(range(m), key=lambda i: -vals[3 * i + 2])
    base = 3 * m
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out = []
    r = 0
    for i in range(q):
        u, v, w = vals[base + 3 * i], vals[base + 3 * i + 1], vals[base + 3 * i + 2]
        while r < m and vals[3 * roads[r] + 2] >= w:
            j = roads[r]
            a, b = find(vals[3 * j]), find(vals[3 * j + 1])
            if a != b:
                parent[a] = b
            r += 1
        out.append("YES" if find(u) == find(v) else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
