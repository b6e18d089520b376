# WRONG: for even k takes the LARGER of the two middle readings (sorted index k // 2) instead of the smaller one; caught by sample 02 (and 05, 07, 09, 10, 13, 14).
import sys
from bisect import bisect_left, insort


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    window = sorted(a[:k])
    total = window[k // 2]
    for i in range(k, n):
        del window[bisect_left(window, a[i - k])]
        insort(window, a[i])
        total += window[k // 2]
    print(total)


main()
