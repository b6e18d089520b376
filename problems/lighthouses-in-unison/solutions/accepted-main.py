import sys
from math import gcd


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cap = 10**18
    l = 1
    for x in data[1:1 + n]:
        p = int(x)
        l = l // gcd(l, p) * p
        if l > cap:  # only ever grows, so stop before the number gets huge
            print(-1)
            return
    print(l)


main()
