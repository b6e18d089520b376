// WRONG: greedy in flight order: fires cartridges on the first C climbs, however small, and only then starts to use the battery; caught by sample 01 (and 09 to 13).
#include <cstdio>
#include <vector>

int main() {
    int n, c;
    long long battery;
    if (scanf("%d %lld %d", &n, &battery, &c) != 3) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    for (int i = 1; i < n; i++) {
        long long d = h[i] - h[i - 1];
        if (d <= 0) continue;
        if (c > 0) c--;
        else if (battery >= d) battery -= d;
        else {
            printf("%d\n", i);
            return 0;
        }
    }
    printf("%d\n", n);
    return 0;
}
