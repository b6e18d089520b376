# WRONG: finds the right camels but prints the answers in marching order instead of by camel number; caught by sample 01 (and 04, 06, 07, 08, 10, 11, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, h = int(data[0]), int(data[1])
    w = [0] * (n + 1)
    b = [0] * (n + 1)
    for i in range(1, n + 1):
        w[i] = int(data[2 * i])
        b[i] = int(data[2 * i + 1])
    order = []
    c = h
    while c:
        order.append(c)
        c = b[c]
    ans = {}
    stack = []
    for c in order:
        while stack and w[stack[-1]] < w[c]:
            ans[stack.pop()] = c
        stack.append(c)
    print(" ".join(str(ans.get(c, 0)) for c in order))


main()
