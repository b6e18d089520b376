// SLOW: from every tower scans east while the tallest tower passed is not taller than it, O(n^2) when heights repeat; right answers, but times out on test 10 (100000 equal towers).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long between = 0;  // tallest tower strictly between i and j
        for (int j = i + 1; j < n; j++) {
            if (between <= std::min(h[i], h[j])) pairs++;
            between = std::max(between, h[j]);
            if (between > h[i]) break;  // nothing further east can see tower i
        }
    }
    printf("%lld\n", pairs);
    return 0;
}
