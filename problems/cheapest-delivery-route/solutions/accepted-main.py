import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u = int(data[2 + 3 * i])
        adj[u].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue  # a stale entry: u was already settled cheaper
        for v, c in adj[u]:
            nd = d + c
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))


main()
