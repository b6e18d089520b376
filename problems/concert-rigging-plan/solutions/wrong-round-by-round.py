# WRONG: runs the build in rounds (all jobs whose rules are met, then the next round...) and adds up the longest job of each round, so a long job holds back a whole round; caught by sample 01 (14 instead of 10) and tests 06, 07, 10, 12.
import sys


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
    layer = [v for v in range(1, n + 1) if indeg[v] == 0]
    done, total = 0, 0
    while layer:
        total += max(t[v] for v in layer)
        done += len(layer)
        nxt = []
        for v in layer:
            for w in out[v]:
                indeg[w] -= 1
                if indeg[w] == 0:
                    nxt.append(w)
        layer = nxt
    print(total if done == n else -1)


main()
