// WRONG: computes k * (k - 1) / 2 for a run of k equal forks in 32-bit int arithmetic, which overflows once k > 46 341; caught by test 13 (50 000 equal forks), fine on the smaller runs of tests 02, 04, 06, 07, 12.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> f(n);
    for (auto& x : f) scanf("%d", &x);
    std::sort(f.begin(), f.end());
    int best = f[1] - f[0];
    for (int i = 1; i + 1 < n; i++) best = std::min(best, f[i + 1] - f[i]);
    long long pairs = 0;
    if (best == 0) {
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && f[j] == f[i]) j++;
            int k = j - i;
            pairs += k * (k - 1) / 2;
            i = j;
        }
    } else {
        for (int i = 0; i + 1 < n; i++)
            if (f[i + 1] - f[i] == best) pairs++;
    }
    printf("%d %lld\n", best, pairs);
    return 0;
}
