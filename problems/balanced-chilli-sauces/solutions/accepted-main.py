import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    h = sorted(map(int, data[2:2 + n]))
    mod = 10**9 + 7
    pw = [1] * (n + 1)
    for k in range(1, n + 1):
        pw[k] = pw[k - 1] * 2 % mod
    ans = 0
    for i in range(n):
        # last index j with h[i] + h[j] <= t (binary search instead of a moving pointer)
        j = bisect_right(h, t - h[i]) - 1
        if j < i:
            break
        ans += pw[j - i]
    print(ans % mod)


main()
