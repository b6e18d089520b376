// 2D prefix sums give any square's stones in O(1). Stones are never negative, so if a k by k
// square fits, so does a smaller one inside it: the answer only grows. Visit the bottom-right
// corners in order and try whether a square of side best + 1 ends there. O(n * m).
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
            if (k <= i && k <= j && p[i][j] - p[i - k][j] - p[i][j - k] + p[i - k][j - k] <= b)
                best = k;
        }
    printf("%d\n", best);
    return 0;
}
