// SLOW: for every top-left cell, grows the square one side at a time and recounts all its cells from scratch, O(n * m * k^3); right on the small tests but far too slow on test 11 (300 x 300, the whole field fits).
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    long long b;
    if (scanf("%d %d %lld", &n, &m, &b) != 3) return 0;
    std::vector<std::vector<int>> a(n, std::vector<int>(m));
    for (auto& row : a)
        for (auto& x : row) scanf("%d", &x);
    int best = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            for (int k = 1; i + k <= n && j + k <= m; k++) {
                long long s = 0;
                for (int r = i; r < i + k; r++)
                    for (int c = j; c < j + k; c++) s += a[r][c];
                if (s > b) break;
                if (k > best) best = k;
            }
    printf("%d\n", best);
    return 0;
}
