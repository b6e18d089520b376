import sys


def main():
    data = sys.stdin.read().split()
    ins, dele, rep = int(data[0]), int(data[1]), int(data[2])
    a, b = data[3], data[4]
    m = len(b)
    # prev[j] = cost of turning the first i-1 draft letters into the first j final letters
    prev = [j * ins for j in range(m + 1)]
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        cur = [i * dele] + [0] * m
        for j in range(1, m + 1):
            best = prev[j - 1] if b[j - 1] == ca else prev[j - 1] + rep
            x = prev[j] + dele
            if x < best:
                best = x
            x = cur[j - 1] + ins
            if x < best:
                best = x
            cur[j] = best
        prev = cur
    print(prev[m])


main()
