// WRONG: starts the search with best = 0 (day 1) instead of the first stretch's total, so when every stretch loses money it prints a total of 0; caught by sample 02 (and 03, 07, 10).
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long total = 0, best = 0;
    int best_start = 1;
    for (int i = 0; i < n; i++) {
        total += a[i];
        if (i >= k) total -= a[i - k];
        if (i >= k - 1 && total > best) {
            best = total;
            best_start = i - k + 2;
        }
    }
    printf("%d %lld\n", best_start, best);
    return 0;
}
