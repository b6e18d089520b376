// Reduce every reading to its spot ((r % m) + m) % m, count the runners per spot in a hash map,
// and add c * (c - 1) / 2 pairs for a spot holding c runners (64-bit: up to ~5 * 10^9 pairs).
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long m;
    if (scanf("%d %lld", &n, &m) != 2) return 0;
    std::unordered_map<long long, long long> count;
    count.reserve(2 * n);
    for (int i = 0; i < n; i++) {
        long long r;
        scanf("%lld", &r);
        count[((r % m) + m) % m]++;
    }
    long long pairs = 0;
    for (const auto& kv : count) pairs += kv.second * (kv.second - 1) / 2;
    printf("%lld\n", pairs);
    return 0;
}
