# SLOW: relaxes every rule again and again until no finish time changes (Bellman-Ford style), one round per job on a chain, O(n * m); right on tests 01-10 and 12 but far too slow on tests 11 (a chain of 25 000 jobs listed backwards) and 13 (a circle).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    t = [0] + [int(x) for x in data[2:2 + n]]
    rules = [(int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])) for i in range(m)]
    fin = t[:]  # finish time of each job if it started at minute 0
    for _ in range(n + 1):
        changed = False
        for a, b in rules:
            if fin[a] + t[b] > fin[b]:
                fin[b] = fin[a] + t[b]
                changed = True
        if not changed:
            print(max(fin[1:]))
            return
    print(-1)  # still changing after n rounds: a circle


main()
