import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, b = int(data[0]), int(data[1]), int(data[2])
    vals = data[3:3 + n * m]
    # p[i][j] = stones in rows < i and columns < j
    p = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        row = vals[i * m:(i + 1) * m]
        above, cur = p[i], p[i + 1]
        run = 0
        for j in range(m):
            run += int(row[j])
            cur[j + 1] = above[j + 1] + run
    # Stones are never negative, so a square that fits contains smaller ones that fit; the
    # best side only grows. For each bottom-right corner, try to beat the best side by one.
    best = 0
    for i in range(1, n + 1):
        pi = p[i]
        for j in range(1, m + 1):
            k = best + 1
            if k <= i and k <= j:
                top = p[i - k]
                if pi[j] - top[j] - pi[j - k] + top[j - k] <= b:
                    best = k
    print(best)


main()
