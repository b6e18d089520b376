// Greedy with a min-heap: walking east, cartridges should cover the C largest climbs seen so far
// and the battery all the others. Push each climb into a min-heap of "boosted" climbs; when it
// holds more than C, the smallest one is paid with battery instead. The first time the battery
// goes negative, the current climb cannot be made. O(n log C).
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
            if (battery < 0) {
                printf("%d\n", i);
                return 0;
            }
        }
    }
    printf("%d\n", n);
    return 0;
}
