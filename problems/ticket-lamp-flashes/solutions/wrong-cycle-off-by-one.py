# WRONG: counts the pattern over n numbers instead of the n + 1 numbers 0..n, losing the last ticket's bits whenever it sits in a run of ones; caught by sample 01 (1..5 gives 5, not 7).
import sys


def ones_upto(n):
    if n < 0:
        return 0
    total = 0
    b = 0
    while (1 << b) <= n:
        cycle = 1 << (b + 1)
        total += (n // cycle) * (1 << b) + max(0, n % cycle - (1 << b))
        b += 1
    return total


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(ones_upto(r) - ones_upto(l - 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
