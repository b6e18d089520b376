// SLOW: the O(n^2) DP (best[i] = 1 + the best trend ending on an earlier, lower price); right answers, but too slow on test 09 (n = 100 000).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> p(n), best(n);
    for (auto &x : p) scanf("%d", &x);
    int ans = 0;
    for (int i = 0; i < n; i++) {
        int b = 0;
        for (int j = 0; j < i; j++)
            if (p[j] < p[i] && best[j] > b) b = best[j];
        best[i] = b + 1;
        ans = max(ans, best[i]);
    }
    printf("%d\n", ans);
    return 0;
}
