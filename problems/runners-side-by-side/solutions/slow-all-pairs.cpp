// SLOW: checks every pair of runners, (a[i] - a[j]) % m == 0, O(n^2); right answers but too slow on test 12 (n = 100000).
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long m;
    if (scanf("%d %lld", &n, &m) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if ((a[i] - a[j]) % m == 0) pairs++;
    printf("%lld\n", pairs);
    return 0;
}
