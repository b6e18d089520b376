// WRONG: keeps the prefix sums in 32-bit int, which overflow once a sum passes about 2.1 * 10^9; caught by test 06 (and 05, 08, 09, 11).
#include <cstdio>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<int> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        int x;
        scanf("%d", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    for (int k = 0; k < q; k++) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", prefix[r] - prefix[l - 1]);
    }
    return 0;
}
