# WRONG: off by one, subtracts prefix[l] instead of prefix[l - 1] and so leaves day l out of every sum; caught by test 01 (and almost every other test).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + int(data[2 + i])
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(prefix[r] - prefix[l])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
