// Sliding window: keep the total of the current k days in 64 bits, move the window one day at a
// time (add the day that joins, subtract the day that leaves), and update only on a strictly
// larger total so that ties keep the earliest start. O(n).
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long total = 0;
    for (int i = 0; i < k; i++) total += a[i];
    long long best = total;
    int best_start = 1;
    for (int i = k; i < n; i++) {
        total += a[i] - a[i - k];
        if (total > best) {
            best = total;
            best_start = i - k + 2;
        }
    }
    printf("%d %lld\n", best_start, best);
    return 0;
}
