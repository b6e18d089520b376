// SLOW: for every mildest pepper scans every possible hottest pepper and adds 2^(j-i-1), O(n^2) when most pairs are balanced; right answers, but times out on test 09 (100000 peppers, every pair balanced).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    const long long MOD = 1000000007LL;
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    std::sort(h.begin(), h.end());
    std::vector<long long> pw(n + 1, 1);
    for (int k = 1; k <= n; k++) pw[k] = pw[k - 1] * 2 % MOD;
    long long ans = 0;
    for (int i = 0; i < n; i++) {
        if (2 * h[i] > t) break;
        ans += 1;  // pepper i alone
        for (int j = i + 1; j < n && h[i] + h[j] <= t; j++) ans += pw[j - i - 1];
        ans %= MOD;
    }
    printf("%lld\n", ans);
    return 0;
}
