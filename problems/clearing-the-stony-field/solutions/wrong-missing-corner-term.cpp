// WRONG: the square's sum forgets to add back the block above-left of it (p[i-k][j-k]), which was subtracted twice, so squares away from the border look lighter than they are; caught by sample 02 and tests 07, 10, 12; invisible when the best square touches the top or left border.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    long long b;
    if (scanf("%d %d %lld", &n, &m, &b) != 3) return 0;
    std::vector<std::vector<long long>> p(n + 1, std::vector<long long>(m + 1, 0));
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            long long a;
            scanf("%lld", &a);
            p[i][j] = a + p[i - 1][j] + p[i][j - 1] - p[i - 1][j - 1];
        }
    int best = 0;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int k = best + 1;
            if (k <= i && k <= j && p[i][j] - p[i - k][j] - p[i][j - k] <= b) best = k;
        }
    printf("%d\n", best);
    return 0;
}
