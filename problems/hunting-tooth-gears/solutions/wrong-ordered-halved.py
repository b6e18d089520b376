# WRONG: counts ordered pairs (i, j) with sum of mu(d) * cnt[d]^2 and halves it, forgetting that a gear with one tooth is also "coprime with itself" (gcd(1, 1) = 1), so every single-pin driver adds half a pair; caught by sample 02 (and 04, 09, 10, 11).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    m = 100000
    freq = [0] * (m + 1)
    for x in data[1:1 + n]:
        freq[int(x)] += 1
    mu = [1] * (m + 1)
    is_comp = bytearray(m + 1)
    for p in range(2, m + 1):
        if not is_comp[p]:
            for k in range(p, m + 1, p):
                is_comp[k] = 1
                mu[k] = -mu[k]
            for k in range(p * p, m + 1, p * p):
                mu[k] = 0
    total = 0
    for d in range(1, m + 1):
        if mu[d]:
            c = sum(freq[d::d])
            total += mu[d] * c * c
    print(total // 2)


main()
