// WRONG: the right stack method, but it multiplies the score (up to 10^9) by the unreduced bracket count * prefix total (up to 5*10^13) before taking the modulus, so the 64-bit product overflows; caught by test 07 (falling large scores) and test 13 (few distinct large scores).
#include <cstdio>
#include <vector>

const long long MOD = 1000000007LL;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n + 2, 0);
    for (int i = 1; i <= n; i++) scanf("%lld", &a[i]);
    std::vector<long long> P(n + 1, 0), Q(n + 2, 0);
    for (int k = 1; k <= n; k++) P[k] = (P[k - 1] + a[k]) % MOD;
    for (int k = 0; k <= n; k++) Q[k + 1] = (Q[k] + P[k]) % MOD;
    auto q = [&](int k) { return Q[k + 1]; };
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
        long long s = (i - L[i]) * right - (R[i] - i) * left;  // not reduced
        total = ((total + a[i] * s) % MOD + MOD) % MOD;
    }
    printf("%lld\n", total);
    return 0;
}
