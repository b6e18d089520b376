import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1]
    # ways[p] = number of ways to stand on position p; only the last three matter.
    a, b, c = 0, 0, 1  # ways at p-3, p-2, p-1 (position 0 is the near bank)
    for p in range(1, n + 2):
        if p <= n and s[p - 1] == "x":
            w = 0
        else:
            w = (a + b + c) % MOD
        a, b, c = b, c, w
    print(c)


main()
