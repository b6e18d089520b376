import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    total = sum(a[:k])  # the stretch starting on day 1
    best, best_start = total, 1
    for i in range(k, n):
        total += a[i] - a[i - k]  # slide one day: day i+1 joins, day i-k+1 leaves
        if total > best:  # strictly better: ties keep the earlier start
            best, best_start = total, i - k + 2
    print(best_start, best)


main()
