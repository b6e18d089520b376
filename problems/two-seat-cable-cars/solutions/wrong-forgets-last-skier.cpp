// WRONG: runs the two pointers while lo < hi only, so when a single skier is left in the middle (lo == hi) no car is counted for them; caught by sample 01 (and 03, 04, 05, 06, 07, 08, 10, 12).
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
    int lo = 0, hi = n - 1;
    long long cars = 0;
    while (lo < hi) {
        if (a[lo] + a[hi] <= w) lo++;
        hi--;
        cars++;
    }
    printf("%lld\n", cars);
    return 0;
}
