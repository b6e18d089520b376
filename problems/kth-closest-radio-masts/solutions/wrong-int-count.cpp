// WRONG: reads k and counts pairs in 32-bit ints; fine for small inputs, but counts of more than 2^31 - 1 pairs wrap (test 13) and so does k = 2.15 * 10^9 (test 14).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    long long kk;
    if (scanf("%d %lld", &n, &kk) != 2) return 0;
    k = (int)kk;
    std::vector<int> x(n);
    for (auto& v : x) scanf("%d", &v);
    std::sort(x.begin(), x.end());
    auto pairs_within = [&](int d) {
        int count = 0, left = 0;
        for (int right = 0; right < n; right++) {
            while (x[right] - x[left] > d) left++;
            count += right - left;
        }
        return count;
    };
    int lo = 0, hi = x[n - 1] - x[0];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (pairs_within(mid) >= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%d\n", lo);
    return 0;
}
