// SLOW: binary search on d as well, but counts the pairs within d by walking from every mast to each partner in reach, O(n + count) per step; right answers but too slow when k is large (test 13, up to 3.75 * 10^9 pairs per count, and test 14).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    std::vector<long long> x(n);
    for (auto& v : x) scanf("%lld", &v);
    std::sort(x.begin(), x.end());
    auto pairs_within = [&](long long d) {
        long long count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n && x[j] - x[i] <= d; j++) count++;
        return count;
    };
    long long lo = 0, hi = x[n - 1] - x[0];
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (pairs_within(mid) >= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
