import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = 0
    for v in data[1:1 + n]:
        x ^= int(v)  # a number seen twice cancels itself out
    print(x)


main()
