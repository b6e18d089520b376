import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = data[2:2 + n]
    a = [int(x) for x in a]
    # Scan from the right: nearest[v] is the smallest position > i holding value v.
    nearest = {}
    best = None
    for i in range(n - 1, -1, -1):
        j = nearest.get(t - a[i])
        if j is not None:
            best = (i, j)  # later iterations have smaller i, so the last hit wins
        nearest[a[i]] = i
    if best is None:
        print(-1)
    else:
        print(best[0] + 1, best[1] + 1)


main()
