// WRONG: the Moebius sum is right, but C(cnt, 2) is computed in 32-bit int, which overflows once about 46000 gears share a divisor (cnt[1] is always n); caught by test 08 (and 09, 10).
#include <cstdio>
#include <vector>

int main() {
    const int M = 100000;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> freq(M + 1, 0);
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
        int c = 0;
        for (int m = d; m <= M; m += d) c += freq[m];
        int choose = c * (c - 1) / 2;
        pairs += mu[d] * choose;
    }
    printf("%lld\n", pairs);
    return 0;
}
