# WRONG: multiplies the periods together, as if they shared no factor, so 4, 6, 10 gives 240 instead of 60; caught by sample 01 (and 05, 06, 08, 10, 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    l = 1
    for x in data[1:1 + n]:
        l *= int(x)
        if l > 10**18:
            print(-1)
            return
    print(l)


main()
