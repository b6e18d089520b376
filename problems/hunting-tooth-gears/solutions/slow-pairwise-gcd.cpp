// SLOW: checks gcd(a_i, a_j) for every pair, O(n^2 log A); right answers, but times out on tests 08, 09 and 10 (50000 gears; also just over the limit on 11).
#include <cstdio>
#include <numeric>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (std::gcd(a[i], a[j]) == 1) pairs++;
    printf("%lld\n", pairs);
    return 0;
}
