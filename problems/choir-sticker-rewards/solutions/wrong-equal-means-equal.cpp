// WRONG: treats equal scores as needing at least as many stickers as the neighbour (>= instead of >), so plateaus are raised needlessly; caught by sample 02 (and 10, 12).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n), c(n, 1);
    for (auto& x : a) scanf("%lld", &x);
    for (int i = 1; i < n; i++)
        if (a[i] > a[i - 1]) c[i] = c[i - 1] + 1;
        else if (a[i] == a[i - 1]) c[i] = c[i - 1];
    for (int i = n - 2; i >= 0; i--)
        if (a[i] > a[i + 1] && c[i] <= c[i + 1]) c[i] = c[i + 1] + 1;
        else if (a[i] == a[i + 1] && c[i] < c[i + 1]) c[i] = c[i + 1];
    long long total = 0;
    for (long long x : c) total += x;
    printf("%lld\n", total);
    return 0;
}
