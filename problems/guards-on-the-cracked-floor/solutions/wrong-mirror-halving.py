# WRONG: borrows the mirror trick of the classic puzzle (count the postings with the first guard in the left half, double them, add the middle column for odd n), which breaks when the cracks are not mirror-symmetric; caught by sample 02 (and 06 to 10, 12, 14).
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    full = (1 << n) - 1
    sound = [sum(1 << c for c, ch in enumerate(data[1 + r]) if ch == ".") for r in range(n)]

    def place(row, cols, diag, anti):
        if row == n:
            return 1
        free = sound[row] & ~(cols | diag | anti) & full
        total = 0
        while free:
            bit = free & -free
            free ^= bit
            total += place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1)
        return total

    def first_in(c):
        bit = 1 << c
        if not sound[0] & bit:
            return 0
        return place(1, bit, (bit << 1) & full, bit >> 1)

    total = 2 * sum(first_in(c) for c in range(n // 2))
    if n % 2:
        total += first_in(n // 2)
    print(total)


main()
