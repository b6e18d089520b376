# WRONG: thinks cracked stones only matter when three are in a row, so it prints the all-sound count unless it finds a gap; caught by sample 01 (and every test with an isolated cracked stone).
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1]
    if "xxx" in s:
        print(0)
        return
    a, b, c = 0, 0, 1
    for _ in range(n + 1):
        a, b, c = b, c, (a + b + c) % MOD
    print(c)


main()
