// Binary search on the answer d: the k-th smallest distance is the smallest d such that at least
// k pairs are at distance <= d. Counting those pairs takes one two-pointer sweep over the sorted
// positions, O(n); with 64-bit counts (up to ~5 * 10^9 pairs). O(n log n + n log(range)).
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
        int left = 0;
        for (int right = 0; right < n; right++) {
            while (x[right] - x[left] > d) left++;
            count += right - left;
        }
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
