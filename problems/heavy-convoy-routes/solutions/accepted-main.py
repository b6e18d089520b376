import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    vals = list(map(int, data[3:3 + 3 * (m + q)]))
    roads = sorted(range(m), key=lambda i: -vals[3 * i + 2])
    base = 3 * m
    reqs = sorted(range(q), key=lambda i: -vals[base + 3 * i + 2])
    parent = list(range(n + 1))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    ans = [""] * q
    r = 0
    # Heaviest request first: open every road strong enough for it, then ask if u and v meet.
    for i in reqs:
        u, v, w = vals[base + 3 * i], vals[base + 3 * i + 1], vals[base + 3 * i + 2]
        while r < m and vals[3 * roads[r] + 2] >= w:
            j = roads[r]
            a, b = find(vals[3 * j]), find(vals[3 * j + 1])
            if a != b:
                parent[a] = b
            r += 1
        ans[i] = "YES" if find(u) == find(v) else "NO"
    sys.stdout.write("\n".join(ans) + "\n")


main()
