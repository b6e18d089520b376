# WRONG: accepts a square only when it holds strictly fewer than B stones; caught by test 03 (B = 0 and an empty cell), 06 (a square with exactly B stones) and 08.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, b = int(data[0]), int(data[1]), int(data[2])
    vals = data[3:3 + n * m]
    p = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        row = vals[i * m:(i + 1) * m]
        run = 0
        for j in range(m):
            run += int(row[j])
            p[i + 1][j + 1] = p[i][j + 1] + run
    best = 0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            k = best + 1
            if k <= i and k <= j and p[i][j] - p[i - k][j] - p[i][j - k] + p[i - k][j - k] < b:
                best = k
    print(best)


main()
