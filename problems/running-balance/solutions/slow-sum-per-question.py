# SLOW: adds up the days of every question again, O(n * q); too slow on test 10 (n = q = 100000, long questions).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(sum(a[l - 1:r]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
