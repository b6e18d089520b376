import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    t = [0] + [int(x) for x in data[2:2 + n]]
    out = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    pos = 2 + n
    for _ in range(m):
        a, b = int(data[pos]), int(data[pos + 1])
        pos += 2
        out[a].append(b)
        indeg[b] += 1
    # Kahn's algorithm: start[v] = latest finish among the jobs v waits for.
    start = [0] * (n + 1)
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = 0
    best = 0
    while queue:
        v = queue.popleft()
        done += 1
        fin = start[v] + t[v]
        if fin > best:
            best = fin
        for w in out[v]:
            if fin > start[w]:
                start[w] = fin
            indeg[w] -= 1
            if indeg[w] == 0:
                queue.append(w)
    print(best if done == n else -1)


main()
