// WRONG: sorts the powers once and fuses them in that order, carrying the remainder forward, instead of putting the remainder back among the others; caught by test 08 (and 09, 10).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::sort(a.begin(), a.end(), std::greater<long long>());
    long long cur = a[0];
    for (int i = 1; i < n; i++) cur = cur > a[i] ? cur - a[i] : a[i] - cur;
    printf("%lld\n", cur);
    return 0;
}
