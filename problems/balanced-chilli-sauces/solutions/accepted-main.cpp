// Sort the ratings. For the mildest pepper at index i, let j be the last index with
// h[i] + h[j] <= T; the sauce is pepper i plus any subset of i+1..j: 2^(j-i) sauces. As i grows
// j only shrinks, so two pointers give all j in O(n) after sorting.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    const long long MOD = 1000000007LL;
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    std::sort(h.begin(), h.end());
    std::vector<long long> pw(n + 1, 1);
    for (int k = 1; k <= n; k++) pw[k] = pw[k - 1] * 2 % MOD;
    long long ans = 0;
    int j = n - 1;
    for (int i = 0; i < n; i++) {
        while (j >= i && h[i] + h[j] > t) j--;
        if (j < i) break;  // even pepper i alone is too hot, and so is every later one
        ans = (ans + pw[j - i]) % MOD;
    }
    printf("%lld\n", ans);
    return 0;
}
