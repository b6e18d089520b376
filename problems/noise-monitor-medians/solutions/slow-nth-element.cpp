// SLOW: copies every block and finds its middle reading with nth_element, O(n * k); right answers but too slow on test 14 (n = 100000, k = 50000).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::vector<long long> w(k);
    long long total = 0;
    for (int s = 0; s + k <= n; s++) {
        std::copy(a.begin() + s, a.begin() + s + k, w.begin());
        std::nth_element(w.begin(), w.begin() + (k - 1) / 2, w.end());
        total += w[(k - 1) / 2];
    }
    printf("%lld\n", total);
    return 0;
}
