# WRONG: measures the longest run of consecutive days with rising prices, but a trend may skip days. Caught by test 01 (and 06, 07, 08, 09, 10, 12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = list(map(int, data[1:1 + n]))
    best = run = 1
    for i in range(1, n):
        run = run + 1 if p[i] > p[i - 1] else 1
        best = max(best, run)
    print(best)


main()
