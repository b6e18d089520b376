// Moebius inversion. cnt[d] = number of gears whose tooth count is divisible by d (a harmonic
// sum over multiples, O(M log M) for M = 100000). Pairs with gcd exactly 1 are
//   sum over d of mu(d) * C(cnt[d], 2),
// since a pair whose gcd is g is counted sum_{d | g} mu(d) times, which is 1 for g = 1 and 0
// otherwise. mu comes from a linear sieve.
#include <cstdio>
#include <vector>

int main() {
    const int M = 100000;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> freq(M + 1, 0);
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        freq[a]++;
    }
    std::vector<int> mu(M + 1, 0), primes;
    std::vector<bool> composite(M + 1, false);
    mu[1] = 1;
    for (int i = 2; i <= M; i++) {
        if (!composite[i]) {
            primes.push_back(i);
            mu[i] = -1;
        }
        for (int p : primes) {
            if ((long long)i * p > M) break;
            composite[i * p] = true;
            if (i % p == 0) {
                mu[i * p] = 0;
                break;
            }
            mu[i * p] = -mu[i];
        }
    }
    long long pairs = 0;
    for (int d = 1; d <= M; d++) {
        if (mu[d] == 0) continue;
        long long c = 0;
        for (int m = d; m <= M; m += d) c += freq[m];
        pairs += mu[d] * (c * (c - 1) / 2);
    }
    printf("%lld\n", pairs);
    return 0;
}
