# WRONG: loops over bits while 2^(b+1) <= n, skipping the top bit of n, so e.g. run 4..7 loses most flashes of bit 2 (6 instead of 8); caught by test 04 (and sample 01, 02).
import sys


def ones_upto(n):
    if n < 0:
        return 0
    total = 0
    m = n + 1
    b = 0
    while (1 << (b + 1)) <= n:
        cycle = 1 << (b + 1)
        total += (m // cycle) * (1 << b) + max(0, m % cycle - (1 << b))
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
