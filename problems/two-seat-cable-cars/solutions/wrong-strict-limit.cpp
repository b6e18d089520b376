// WRONG: lets two skiers share only when their weights add up to strictly less than W, so pairs weighing exactly W ride apart; caught by sample 02 and test 04 (and 11, 12).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long w;
    if (scanf("%d %lld", &n, &w) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::sort(a.begin(), a.end());
    int lo = 0, hi = n - 1, cars = 0;
    while (lo <= hi) {
        if (lo < hi && a[lo] + a[hi] < w) lo++;
        hi--;
        cars++;
    }
    printf("%d\n", cars);
    return 0;
}
