# WRONG: the right recurrence written as a recursive DFS, which exceeds Python's recursion limit on a deep tree; crashes on test 07 (a line of 5000), test 09 (a line of 40000) and test 12.
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
    best = [-10**30]

    def down(x):
        top1 = top2 = 0
        for c in children[x]:
            d = down(c)
            if d > top1:
                top1, top2 = d, top1
            elif d > top2:
                top2 = d
        best[0] = max(best[0], val[x] + top1 + top2)
        return max(0, val[x] + top1)

    down(root)
    print(best[0])


main()
