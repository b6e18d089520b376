// Two greedy passes. Left to right, each singer gets 1 + the left neighbour's stickers when the
// score is higher, else 1: the least that satisfies every left-hand comparison. Right to left,
// raise a singer to 1 + the right neighbour's stickers when needed; taking the maximum of the two
// requirements is the least that satisfies both. The total can reach ~5 * 10^9: 64-bit sum. O(n).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n), c(n, 1);
    for (auto& x : a) scanf("%lld", &x);
    for (int i = 1; i < n; i++)
        if (a[i] > a[i - 1]) c[i] = c[i - 1] + 1;
    for (int i = n - 2; i >= 0; i--)
        if (a[i] > a[i + 1] && c[i] <= c[i + 1]) c[i] = c[i + 1] + 1;
    long long total = 0;
    for (long long x : c) total += x;
    printf("%lld\n", total);
    return 0;
}
