// WRONG: stops as soon as the battery reaches 0 (battery <= 0) although a drained battery is allowed, so a flight that uses the last unit exactly is cut one building short; caught by sample 01 and test 05 (and 09, 11, 12).
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n, c;
    long long battery;
    if (scanf("%d %lld %d", &n, &battery, &c) != 3) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    std::priority_queue<long long, std::vector<long long>, std::greater<long long>> boosted;
    for (int i = 1; i < n; i++) {
        long long d = h[i] - h[i - 1];
        if (d <= 0) continue;
        boosted.push(d);
        if ((int)boosted.size() > c) {
            battery -= boosted.top();
            boosted.pop();
            if (battery <= 0) {
                printf("%d\n", i);
                return 0;
            }
        }
    }
    printf("%d\n", n);
    return 0;
}
