// WRONG: only looks at hottest peppers j > i, so sauces made from one pepper are never counted; caught by sample 02 (and 01, 04-06, 08-12).
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
    int j = n - 1;
    for (int i = 0; i < n; i++) {
        while (j > i && h[i] + h[j] > t) j--;
        if (j <= i) break;
        ans = (ans + pw[j - i] - 1 + MOD) % MOD;  // subsets of i+1..j that are non-empty
    }
    printf("%lld\n", ans);
    return 0;
}
