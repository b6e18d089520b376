// SLOW: tries all k^n ways to hand the jobs to the crews, with no pruning at all; right answers on small inputs but too slow on tests 10, 12 and 13 (5^14, about 6 * 10^9 assignments, or more).
#include <algorithm>
#include <cstdio>
#include <vector>

int n, k;
std::vector<long long> t, loads;
long long best = -1;

void assign(int i) {
    if (i == n) {
        long long m = *std::max_element(loads.begin(), loads.end());
        if (best < 0 || m < best) best = m;
        return;
    }
    for (int c = 0; c < k; c++) {
        loads[c] += t[i];
        assign(i + 1);
        loads[c] -= t[i];
    }
}

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    t.resize(n);
    for (auto& x : t) scanf("%lld", &x);
    loads.assign(k, 0);
    assign(0);
    printf("%lld\n", best);
    return 0;
}
