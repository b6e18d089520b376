import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # tails[k] = the smallest last price of a rising trend of k + 1 days seen so far
    tails = []
    for x in map(int, data[1:1 + n]):
        i = bisect_left(tails, x)  # strict: an equal price replaces, never extends
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    print(len(tails))


main()
