import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, h = int(data[0]), int(data[1]), int(data[2])
    w = [0] * (n + 1)
    b = [0] * (n + 1)
    for i in range(1, n + 1):
        w[i] = int(data[1 + 2 * i])
        b[i] = int(data[2 + 2 * i])
    # Two pointers k carriages apart: when `lead` falls off the back, `gap` is k-th from the end.
    lead = h
    for _ in range(k):
        lead = b[lead]
    prev, cur = 0, h
    while lead != 0:
        lead = b[lead]
        prev, cur = cur, b[cur]
    if prev == 0:
        h = b[h]
    else:
        b[prev] = b[cur]
    out = []
    c = h
    while c != 0:
        out.append(w[c])
        c = b[c]
    print(" ".join(map(str, out)) if out else "EMPTY")


main()
