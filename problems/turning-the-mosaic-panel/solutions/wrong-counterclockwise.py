# WRONG: turns the panel counter-clockwise (new row j is old column m-1-j read top-down), so one and three turns swap; caught by sample 01 (and 02, 04, 05, 08, 10, 12, 13).
import sys


def turn(rows):
    n, m = len(rows), len(rows[0])
    return ["".join(rows[i][j] for i in range(n)) for j in range(m - 1, -1, -1)]


def main():
    data = sys.stdin.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3:3 + n]
    for _ in range(k % 4):
        rows = turn(rows)
    sys.stdout.write("\n".join(rows) + "\n")


main()
