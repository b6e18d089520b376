# SLOW: counts every sock's number through the whole pile, O(n^2); too slow on test 10 (n = 100001, the unpaired sock comes last).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    for v in a:
        if a.count(v) == 1:
            print(v)
            return


main()
