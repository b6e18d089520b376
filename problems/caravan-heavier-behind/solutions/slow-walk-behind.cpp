// SLOW: for every camel walks the couplings backwards until it meets a heavier camel, O(n^2) when the loads never rise; right answers, but times out on test 09 (40000 camels, no camel has a heavier one behind it).
#include <cstdio>
#include <vector>

int main() {
    int n, h;
    if (scanf("%d %d", &n, &h) != 2) return 0;
    std::vector<int> w(n + 1), b(n + 1), ans(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%d %d", &w[i], &b[i]);
    for (int c = h; c != 0; c = b[c]) {
        int d = b[c];
        while (d != 0 && w[d] <= w[c]) d = b[d];
        ans[c] = d;
    }
    for (int i = 1; i <= n; i++) printf(i == 1 ? "%d" : " %d", ans[i]);
    printf("\n");
    return 0;
}
