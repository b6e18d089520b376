import sys


def ones_upto(n):
    """Total number of 1 bits in 0, 1, ..., n (0 for n < 0)."""
    if n < 0:
        return 0
    total = 0
    m = n + 1  # how many numbers 0..n
    b = 0
    while (1 << b) <= n:
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
