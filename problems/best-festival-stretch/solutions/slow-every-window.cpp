// SLOW: adds up every stretch from scratch, O(n * k); right answers but too slow on test 12 (n = 100000, k = 50000).
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long best = 0;
    int best_start = 0;
    for (int s = 0; s + k <= n; s++) {
        long long total = 0;
        for (int j = s; j < s + k; j++) total += a[j];
        if (best_start == 0 || total > best) {
            best = total;
            best_start = s + 1;
        }
    }
    printf("%d %lld\n", best_start, best);
    return 0;
}
