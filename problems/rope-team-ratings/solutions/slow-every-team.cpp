// SLOW: rates every team directly, extending each team to the right while keeping its minimum and sum, O(n^2); right answers, but times out on test 10 and test 11 (50000 climbers; also over the limit on 12).
#include <algorithm>
#include <cstdio>
#include <vector>

const long long MOD = 1000000007LL;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long total = 0;
    for (int l = 0; l < n; l++) {
        long long mn = a[l], sum = 0;
        for (int r = l; r < n; r++) {
            mn = std::min(mn, a[r]);
            sum += a[r];  // at most 5e13, no overflow
            total = (total + mn * (sum % MOD)) % MOD;
        }
    }
    printf("%lld\n", total);
    return 0;
}
