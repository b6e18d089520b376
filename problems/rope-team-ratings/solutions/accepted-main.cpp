// Count each team once, at the leftmost position of its minimum: climber i is that minimum for
// teams [l, r] with L < l <= i <= r < R, where L is the previous index with a smaller score and
// R the next index with a smaller-or-equal score (monotonic stack). With prefix sums P and their
// prefix sums Q, the total of sum(l..r) over those teams is
//   (i - L) * (Q[R-1] - Q[i-1]) - (R - i) * (Q[i-1] - Q[L-1]),   (Q[-1] = 0)
// so each climber contributes a[i] times that, all modulo 1e9+7. O(n).
#include <cstdio>
#include <vector>

const long long MOD = 1000000007LL;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n + 2, 0);
    for (int i = 1; i <= n; i++) scanf("%lld", &a[i]);
    // P[k] = a1 + ... + ak, Q[k] = P[0] + ... + P[k], both mod MOD; index shift by one for Q[-1]
    std::vector<long long> P(n + 1, 0), Q(n + 2, 0);
    for (int k = 1; k <= n; k++) P[k] = (P[k - 1] + a[k]) % MOD;
    // Qs[k + 1] = Q[k]
    for (int k = 0; k <= n; k++) Q[k + 1] = (Q[k] + P[k]) % MOD;
    auto q = [&](int k) { return Q[k + 1]; };  // Q[k], with Q[-1] = 0
    std::vector<int> L(n + 1), R(n + 1), st;
    for (int i = 1; i <= n; i++) {
        while (!st.empty() && a[st.back()] >= a[i]) st.pop_back();
        L[i] = st.empty() ? 0 : st.back();
        st.push_back(i);
    }
    st.clear();
    for (int i = n; i >= 1; i--) {
        while (!st.empty() && a[st.back()] > a[i]) st.pop_back();
        R[i] = st.empty() ? n + 1 : st.back();
        st.push_back(i);
    }
    long long total = 0;
    for (int i = 1; i <= n; i++) {
        long long right = (q(R[i] - 1) - q(i - 1) + MOD) % MOD;
        long long left = (q(i - 1) - q(L[i] - 1) + MOD) % MOD;
        long long s = ((i - L[i]) % MOD * right % MOD - (R[i] - i) % MOD * left % MOD + MOD) % MOD;
        total = (total + a[i] % MOD * s) % MOD;
    }
    printf("%lld\n", total);
    return 0;
}
