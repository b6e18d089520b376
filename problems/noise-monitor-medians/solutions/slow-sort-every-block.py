# SLOW: sorts every block from scratch, O(n * k log k); right answers but far too slow on test 14 (n = 100000, k = 50000).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    total = 0
    for s in range(n - k + 1):
        total += sorted(a[s:s + k])[(k - 1) // 2]
    print(total)


main()
