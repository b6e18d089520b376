#include <algorithm>
#include <cstdio>
#include <vector>

static int daysNeeded(const std::vector<long long>& w, long long cap) {
    int days = 1;
    long long load = 0;
    for (long long x : w) {
        load += x;
        if (load > cap) {
            ++days;
            load = x;
        }
    }
    return days;
}

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    std::vector<long long> w(n);
    long long lo = 0, hi = 0;
    for (auto& x : w) {
        scanf("%lld", &x);
        lo = std::max(lo, x);
        hi += x;
    }
    while (lo < hi) {  // the answer lies in [lo, hi]
        long long mid = (lo + hi) / 2;
        if (daysNeeded(w, mid) <= d) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
