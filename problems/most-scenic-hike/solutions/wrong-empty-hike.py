# WRONG: starts the best score at 0, as if a hike could visit no viewpoint at all, so when every score is negative it prints 0; caught by sample 02 (and 03, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0] + [int(x) for x in data[1:1 + n]]
    val = [0] + [int(x) for x in data[1 + n:1 + 2 * n]]
    children = [[] for _ in range(n + 1)]
    root = 0
    for i in range(1, n + 1):
        if parent[i]:
            children[parent[i]].append(i)
        else:
            root = i
    order = [root]
    for x in order:
        order.extend(children[x])
    down = [0] * (n + 1)
    answer = 0
    for x in reversed(order):
        top1 = top2 = 0
        for c in children[x]:
            d = down[c]
            if d > top1:
                top1, top2 = d, top1
            elif d > top2:
                top2 = d
        down[x] = val[x] + top1
        answer = max(answer, val[x] + top1 + top2)
    print(answer)


main()
