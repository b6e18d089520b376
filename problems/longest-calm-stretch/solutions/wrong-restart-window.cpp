// Wrong: when a reading breaks the calm, restarts the stretch at that reading instead of dropping hours from the left, so it misses stretches that straddle the break (in 1 3 5 with K = 2 it never looks at 3 5). Caught by test 05 (also 10 and 13).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    int start = 0, best = 0;
    long long hi = a[0], lo = a[0];
    for (int i = 0; i < n; ++i) {
        hi = std::max(hi, a[i]);
        lo = std::min(lo, a[i]);
        if (hi - lo > k) {
            start = i;
            hi = lo = a[i];
        }
        best = std::max(best, i - start + 1);
    }
    printf("%d\n", best);
    return 0;
}
