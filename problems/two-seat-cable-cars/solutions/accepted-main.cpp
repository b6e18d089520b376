// Greedy with two pointers on the sorted weights: the heaviest skier left takes the next car and
// shares it with the lightest skier left when their sum (in 64 bits) is at most W. If the lightest
// does not fit, no one does. O(n log n).
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
    while (lo <= hi) {
        if (lo < hi && a[lo] + a[hi] <= w) lo++;
        hi--;
        cars++;
    }
    printf("%lld\n", cars);
    return 0;
}
