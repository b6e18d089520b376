# SLOW: answers each request with its own breadth-first search over the roads strong enough, O(q * (n + m)); right everywhere but far too slow on tests 10 and 11.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    vals = list(map(int, data[3:3 + 3 * (m + q)]))
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b, c = vals[3 * i], vals[3 * i + 1], vals[3 * i + 2]
        adj[a].append((b, c))
        adj[b].append((a, c))
    out = []
    base = 3 * m
    for i in range(q):
        u, v, w = vals[base + 3 * i], vals[base + 3 * i + 1], vals[base + 3 * i + 2]
        seen = {u}
        stack = [u]
        while stack and v not in seen:
            x = stack.pop()
            for y, c in adj[x]:
                if c >= w and y not in seen:
                    seen.add(y)
                    stack.append(y)
        out.append("YES" if v in seen else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
