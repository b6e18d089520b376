# WRONG: updates on total >= best, so among stretches with the same total it keeps the LATEST one instead of the earliest; caught by sample 01 (and 05, 06, 07, 08, 11).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    total = sum(a[:k])
    best, best_start = total, 1
    for i in range(k, n):
        total += a[i] - a[i - k]
        if total >= best:
            best, best_start = total, i - k + 2
    print(best_start, best)


main()
