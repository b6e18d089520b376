// SLOW: compares every pair of forks, O(n^2); right on tests 01-09, 11 and 12 (n <= 10 000) but too slow on tests 10 and 13 (n = 50 000).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> f(n);
    for (auto& x : f) scanf("%lld", &x);
    long long best = -1, pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            long long d = f[i] > f[j] ? f[i] - f[j] : f[j] - f[i];
            if (best < 0 || d < best) best = d, pairs = 1;
            else if (d == best) pairs++;
        }
    printf("%lld %lld\n", best, pairs);
    return 0;
}
