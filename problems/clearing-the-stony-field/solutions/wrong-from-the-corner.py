# WRONG: only grows squares from the top-left corner of the field; caught by sample 01 (answers 1) and by test 07 (the clear patch is in the middle).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, b = int(data[0]), int(data[1]), int(data[2])
    a = [[int(data[3 + i * m + j]) for j in range(m)] for i in range(n)]
    best, total = 0, 0
    for k in range(1, min(n, m) + 1):
        total += sum(a[k - 1][:k]) + sum(a[i][k - 1] for i in range(k - 1))
        if total <= b:
            best = k
        else:
            break
    print(best)


main()
