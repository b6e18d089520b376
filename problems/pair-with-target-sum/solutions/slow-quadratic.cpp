// SLOW: tries every pair (i, j) in order, O(n^2); right answers but too slow on test 13 (no pair, n = 100000).
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] + a[j] == t) {
                printf("%d %d\n", i + 1, j + 1);
                return 0;
            }
    printf("-1\n");
    return 0;
}
