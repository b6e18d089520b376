# WRONG: a recursive depth-first search over the children, which exceeds Python's default recursion limit on deep trees; crashes on test 09 (a line of 50000), test 10 and test 11.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [[] for _ in range(n + 1)]
    root = 0
    for i in range(1, n + 1):
        p = int(data[i])
        if p == 0:
            root = i
        else:
            children[p].append(i)
    count = {}

    def visit(v, g):
        count[g] = count.get(g, 0) + 1
        for c in children[v]:
            visit(c, g + 1)

    visit(root, 1)
    top = max(count)
    print(top, count[top])


main()
