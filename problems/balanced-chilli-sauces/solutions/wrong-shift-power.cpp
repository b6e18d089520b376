// WRONG: computes 2^(j-i) as (1LL << (j - i)) % MOD, which overflows once j - i reaches 63; caught by test 05 (70 equal peppers) and 06, 08-12.
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
    long long ans = 0;
    int j = n - 1;
    for (int i = 0; i < n; i++) {
        while (j >= i && h[i] + h[j] > t) j--;
        if (j < i) break;
        ans = (ans + (1LL << (j - i)) % MOD) % MOD;
    }
    printf("%lld\n", ans);
    return 0;
}
