// SLOW: starts with one sticker each and sweeps left to right fixing every broken rule, repeating until a sweep changes nothing; a falling run needs one sweep per singer, O(n^2); right answers but too slow on test 13 (100000 singers, strictly falling).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n), c(n, 1);
    for (auto& x : a) scanf("%lld", &x);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < n; i++) {
            if (i > 0 && a[i] > a[i - 1] && c[i] <= c[i - 1]) {
                c[i] = c[i - 1] + 1;
                changed = true;
            }
            if (i + 1 < n && a[i] > a[i + 1] && c[i] <= c[i + 1]) {
                c[i] = c[i + 1] + 1;
                changed = true;
            }
        }
    }
    long long total = 0;
    for (long long x : c) total += x;
    printf("%lld\n", total);
    return 0;
}
