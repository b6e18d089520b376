// SLOW: for each skier from the heaviest down, scans all skiers left for the heaviest partner that fits (a correct greedy), O(n^2); right answers but too slow on test 12 (n = 100000).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

int main() {
    int n;
    long long w;
    if (scanf("%d %lld", &n, &w) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::sort(a.begin(), a.end(), std::greater<long long>());
    std::vector<char> gone(n, 0);
    long long cars = 0;
    for (int i = 0; i < n; i++) {
        if (gone[i]) continue;
        gone[i] = 1;
        cars++;
        int best = -1;
        for (int j = i + 1; j < n; j++)
            if (!gone[j] && a[i] + a[j] <= w && (best < 0 || a[j] > a[best])) best = j;
        if (best >= 0) gone[best] = 1;
    }
    printf("%lld\n", cars);
    return 0;
}
