import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + r * c]))
    # best[j] = cheapest total to reach column j of the current row
    best = [0] * c
    acc = 0
    for j in range(c):
        acc += vals[j]
        best[j] = acc
    for i in range(1, r):
        row = vals[i * c:(i + 1) * c]
        left = best[0] + row[0]
        best[0] = left
        for j in range(1, c):
            up = best[j]
            left = (up if up < left else left) + row[j]
            best[j] = left
    print(best[c - 1])


main()
