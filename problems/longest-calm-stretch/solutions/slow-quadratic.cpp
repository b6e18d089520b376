// Slow: tries every start hour and extends the stretch until it stops being calm, O(n^2) when the whole series is calm. Times out on test 12 (n = 100000, every stretch calm).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    int best = 0;
    for (int i = 0; i < n; ++i) {
        long long hi = a[i], lo = a[i];
        for (int j = i; j < n; ++j) {
            hi = std::max(hi, a[j]);
            lo = std::min(lo, a[j]);
            if (hi - lo > k) break;
            best = std::max(best, j - i + 1);
        }
    }
    printf("%d\n", best);
    return 0;
}
