# SLOW: sorts the whole list again after every round, O(n^2) at best; right answers but far too slow on test 13 (n = 100000) and test 12.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    while len(a) >= 2:
        a.sort()
        x = a.pop()
        y = a.pop()
        if x != y:
            a.append(x - y)
    print(a[0] if a else 0)


main()
