import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    count = {}
    pairs = 0
    for tok in data[2:2 + n]:
        r = int(tok) % m  # Python's % is never negative for m > 0
        c = count.get(r, 0)
        pairs += c  # the new runner pairs with everyone already on this spot
        count[r] = c + 1
    print(pairs)


main()
