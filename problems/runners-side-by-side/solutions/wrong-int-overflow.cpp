// WRONG: counts the pairs in a 32-bit int, which overflows once there are more than 2^31 - 1 pairs; caught by test 11 (70000 runners on one spot).
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long m;
    if (scanf("%d %lld", &n, &m) != 2) return 0;
    std::unordered_map<long long, int> count;
    for (int i = 0; i < n; i++) {
        long long r;
        scanf("%lld", &r);
        count[((r % m) + m) % m]++;
    }
    int pairs = 0;
    for (const auto& kv : count) pairs += kv.second * (kv.second - 1) / 2;
    printf("%d\n", pairs);
    return 0;
}
