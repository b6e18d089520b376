import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    m = 100000
    freq = [0] * (m + 1)
    for x in data[1:1 + n]:
        freq[int(x)] += 1
    # Inclusion-exclusion from the top: exact[d] = pairs whose gcd is exactly d
    #   = C(cnt[d], 2) - sum of exact[k*d] for k >= 2.
    # Work only on d up to the largest tooth count present.
    top = max(i for i in range(m + 1) if freq[i]) if n else 1
    exact = [0] * (top + 1)
    for d in range(top, 0, -1):
        c = sum(freq[d:top + 1:d])
        exact[d] = c * (c - 1) // 2 - sum(exact[2 * d:top + 1:d])
    print(exact[1])


main()
