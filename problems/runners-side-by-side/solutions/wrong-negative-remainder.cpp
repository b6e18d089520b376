// WRONG: keys the map by r % m, which is negative for negative readings in C++, so -7 and 3 (m = 10) land on different spots; caught by sample 01 (and 02, 06, 07, 08, 12).
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long m;
    if (scanf("%d %lld", &n, &m) != 2) return 0;
    std::unordered_map<long long, long long> count;
    for (int i = 0; i < n; i++) {
        long long r;
        scanf("%lld", &r);
        count[r % m]++;
    }
    long long pairs = 0;
    for (const auto& kv : count) pairs += kv.second * (kv.second - 1) / 2;
    printf("%lld\n", pairs);
    return 0;
}
