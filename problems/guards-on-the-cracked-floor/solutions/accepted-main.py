import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    full = (1 << n) - 1
    # sound[r]: bit c is set when the tile in row r, column c may hold a guard
    sound = [sum(1 << c for c, ch in enumerate(data[1 + r]) if ch == ".") for r in range(n)]

    def place(row, cols, diag, anti):
        # cols: used columns; diag / anti: used diagonals, shifted to this row's columns
        if row == n:
            return 1
        free = sound[row] & ~(cols | diag | anti) & full
        total = 0
        while free:
            bit = free & -free
            free ^= bit
            total += place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1)
        return total

    print(place(0, 0, 0, 0))


main()
