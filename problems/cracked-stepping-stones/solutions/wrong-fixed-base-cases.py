# WRONG: hard-codes the base cases ways[1] = 1 and ways[2] = 2 as if stones 1 and 2 were always sound; caught by test 04 (one cracked stone), 05, 06 and 07.
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1]
    ways = [0] * (n + 2)
    ways[0] = 1
    ways[1] = 1
    if n + 1 >= 2:
        ways[2] = 2
    for p in range(3, n + 2):
        if p <= n and s[p - 1] == "x":
            continue
        ways[p] = (ways[p - 1] + ways[p - 2] + ways[p - 3]) % MOD
    print(ways[n + 1])


main()
