// ways[p] = ways[p-1] + ways[p-2] + ways[p-3] for a sound position p, 0 for a cracked one;
// ways[0] = 1 (the near bank) and the answer is ways[n+1] (the far bank). 64-bit sums, then mod.
#include <cstdio>
#include <string>
#include <vector>

int main() {
    const long long MOD = 1000000007LL;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<char> buf(n + 2);
    scanf("%s", buf.data());
    std::vector<long long> ways(n + 2, 0);
    ways[0] = 1;
    for (int p = 1; p <= n + 1; p++) {
        if (p <= n && buf[p - 1] == 'x') continue;
        long long w = 0;
        for (int d = 1; d <= 3; d++)
            if (p - d >= 0) w += ways[p - d];
        ways[p] = w % MOD;
    }
    printf("%lld\n", ways[n + 1]);
    return 0;
}
