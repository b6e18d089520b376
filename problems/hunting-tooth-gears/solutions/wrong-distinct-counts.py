# WRONG: removes duplicate tooth counts first, so gears with the same number of teeth are treated as one gear; caught by sample 02 (and 04, 06-11).
import sys
from math import gcd


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(set(int(x) for x in data[1:1 + n]))
    m = a[-1]
    freq = [0] * (m + 1)
    for x in a:
        freq[x] = 1
    exact = [0] * (m + 1)
    for d in range(m, 0, -1):
        c = sum(freq[d::d])
        exact[d] = c * (c - 1) // 2 - sum(exact[2 * d::d])
    print(exact[1])


main()
