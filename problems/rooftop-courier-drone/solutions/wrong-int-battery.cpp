// WRONG: keeps the battery in a 32-bit int, so a battery above 2^31 - 1 is read wrongly; caught by test 08 (and 12).
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n, c, battery;
    long long b;
    if (scanf("%d %lld %d", &n, &b, &c) != 3) return 0;
    battery = (int)b;
    std::vector<int> h(n);
    for (auto& x : h) scanf("%d", &x);
    std::priority_queue<int, std::vector<int>, std::greater<int>> boosted;
    for (int i = 1; i < n; i++) {
        int d = h[i] - h[i - 1];
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
