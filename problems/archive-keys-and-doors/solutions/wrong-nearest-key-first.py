# WRONG: greedy phases: searches from where she stands until it meets either the exit or a new key, and if a key comes first it walks there and starts again; a nearby key that is not needed becomes a detour. Caught by test 06 (10 instead of 4) and test 14.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = data[2:2 + n]
    pos = next((r, c) for r in range(n) for c in range(m) if g[r][c] == "S")
    keys = set()
    total = 0
    while True:
        dist = {pos: 0}
        q = deque([pos])
        event = None
        while q:
            r, c = q.popleft()
            ch = g[r][c]
            if ch == "X" or ("a" <= ch <= "e" and ch not in keys):
                event = (r, c)
                break
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < m and (nr, nc) not in dist:
                    d = g[nr][nc]
                    if d == "#" or ("A" <= d <= "E" and d.lower() not in keys):
                        continue
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    q.append((nr, nc))
        if event is None:
            print(-1)
            return
        total += dist[event]
        pos = event
        ch = g[event[0]][event[1]]
        if ch == "X":
            print(total)
            return
        keys.add(ch)


main()
