# WRONG: a breadth-first search that fixes a junction's cost when the junction is first reached, as if fewer roads meant cheaper. Caught by test 01 (and 05, 07, 08, 09, 10, 11).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u = int(data[2 + 3 * i])
        adj[u].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        u = queue.popleft()
        for v, c in adj[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + c
                queue.append(v)
    print(" ".join(map(str, dist[1:])))


main()
