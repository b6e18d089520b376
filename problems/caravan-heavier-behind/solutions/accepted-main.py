import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, h = int(data[0]), int(data[1])
    w = [0] * (n + 1)
    b = [0] * (n + 1)
    for i in range(1, n + 1):
        w[i] = int(data[2 * i])
        b[i] = int(data[2 * i + 1])
    # Go through the caravan from the back; the stack holds the camels behind the current one
    # that are not hidden by a heavier-or-equal camel in front of them, lightest on top.
    ans = [0] * (n + 1)
    order = []
    c = h
    while c:
        order.append(c)
        c = b[c]
    stack = []
    for c in reversed(order):
        while stack and w[stack[-1]] <= w[c]:
            stack.pop()
        ans[c] = stack[-1] if stack else 0
        stack.append(c)
    print(" ".join(map(str, ans[1:])))


main()
