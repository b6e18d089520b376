# WRONG: sorts and compares neighbours two by two, but never looks at the last sock, so it prints nothing when the unpaired number is the largest; caught by test 02 (and 04, 06, 07, 10).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(int(v) for v in data[1:1 + n])
    for i in range(0, n - 1, 2):
        if a[i] != a[i + 1]:
            print(a[i])
            return


main()
