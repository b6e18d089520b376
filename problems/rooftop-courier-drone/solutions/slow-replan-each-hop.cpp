// SLOW: replans from scratch before every climb: copies all climbs so far, sorts them and pays all but the C largest with battery, O(n^2 log n); right answers but too slow on test 13 (n = 100000) and test 12.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, c;
    long long battery;
    if (scanf("%d %lld %d", &n, &battery, &c) != 3) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    std::vector<long long> climbs;
    for (int i = 1; i < n; i++) {
        long long d = h[i] - h[i - 1];
        if (d <= 0) continue;
        climbs.push_back(d);
        std::vector<long long> plan(climbs);
        std::sort(plan.begin(), plan.end());
        long long need = 0;
        for (int j = 0; j + c < (int)plan.size(); j++) need += plan[j];
        if (need > battery) {
            printf("%d\n", i);
            return 0;
        }
    }
    printf("%d\n", n);
    return 0;
}
