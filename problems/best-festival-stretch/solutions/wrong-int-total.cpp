// WRONG: keeps the window total in a 32-bit int, which overflows when k is large (up to 10^5 * 10^5 = 10^10); caught by test 12.
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    int total = 0;
    for (int i = 0; i < k; i++) total += a[i];
    int best = total, best_start = 1;
    for (int i = k; i < n; i++) {
        total += a[i] - a[i - k];
        if (total > best) {
            best = total;
            best_start = i - k + 2;
        }
    }
    printf("%d %d\n", best_start, best);
    return 0;
}
