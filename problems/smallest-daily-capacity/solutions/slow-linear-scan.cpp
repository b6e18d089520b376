// Slow: tries every capacity upward from the heaviest parcel until one works; when D is small the answer is near the total weight (up to 10^9), so this needs up to 10^9 checks. Times out on test 10 (n = 100000, D = 1) and test 11 (D = 100).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    std::vector<long long> w(n);
    long long cap = 0;
    for (auto& x : w) {
        scanf("%lld", &x);
        cap = std::max(cap, x);
    }
    for (;; ++cap) {
        int days = 1;
        long long load = 0;
        for (long long x : w) {
            load += x;
            if (load > cap) {
                ++days;
                load = x;
                if (days > d) break;
            }
        }
        if (days <= d) break;
    }
    printf("%lld\n", cap);
    return 0;
}
