// Sort. The smallest gap is between sorted neighbours. If it is positive, all values are
// distinct and the pairs with that gap are exactly the neighbour pairs with it; if it is 0,
// every pair inside a run of equal values counts: k * (k - 1) / 2 per run of length k.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> f(n);
    for (auto& x : f) scanf("%lld", &x);
    std::sort(f.begin(), f.end());
    long long best = f[1] - f[0];
    for (int i = 1; i + 1 < n; i++) best = std::min(best, f[i + 1] - f[i]);
    long long pairs = 0;
    if (best == 0) {
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && f[j] == f[i]) j++;
            long long k = j - i;
            pairs += k * (k - 1) / 2;
            i = j;
        }
    } else {
        for (int i = 0; i + 1 < n; i++)
            if (f[i + 1] - f[i] == best) pairs++;
    }
    printf("%lld %lld\n", best, pairs);
    return 0;
}
