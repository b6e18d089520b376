// WRONG: misreads the task as splitting the list of jobs, in the given order, into at most k consecutive blocks (binary search on the finish time), but any crew may take any jobs; caught by sample 02 (and 07 to 11, 13, 14).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> t(n);
    for (auto& x : t) scanf("%lld", &x);
    long long lo = *std::max_element(t.begin(), t.end()), hi = 0;
    for (long long x : t) hi += x;
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        int blocks = 1;
        long long cur = 0;
        for (long long x : t) {
            if (cur + x > mid) {
                blocks++;
                cur = 0;
            }
            cur += x;
        }
        if (blocks <= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
