import sys


def turn(rows):
    """One quarter turn clockwise: new row j is old column j read from the bottom up."""
    n, m = len(rows), len(rows[0])
    return ["".join(rows[i][j] for i in range(n - 1, -1, -1)) for j in range(m)]


def main():
    data = sys.stdin.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    rows = data[3:3 + n]
    for _ in range(k % 4):  # four turns change nothing
        rows = turn(rows)
    sys.stdout.write("\n".join(rows) + "\n")


main()
