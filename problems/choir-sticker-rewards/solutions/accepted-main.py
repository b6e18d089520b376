import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    c = [1] * n
    for i in range(1, n):  # left-hand neighbours: rising runs from the left
        if a[i] > a[i - 1]:
            c[i] = c[i - 1] + 1
    for i in range(n - 2, -1, -1):  # right-hand neighbours, keeping what the left pass needs
        if a[i] > a[i + 1] and c[i] <= c[i + 1]:
            c[i] = c[i + 1] + 1
    print(sum(c))


main()
