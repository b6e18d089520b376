# SLOW: counts crossings by plain recursion without memoisation, about 1.8^n calls; right on tests 01-07 but far too slow from test 08 (n = 30) on.
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1]
    sys.setrecursionlimit(1_000_000)

    def count(p):
        if p == n + 1:
            return 1
        if p > n + 1 or (1 <= p <= n and s[p - 1] == "x"):
            return 0
        return count(p + 1) + count(p + 2) + count(p + 3)

    print(count(0) % MOD)


main()
