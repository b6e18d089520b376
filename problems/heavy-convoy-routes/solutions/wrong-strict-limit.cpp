// WRONG: lets a convoy use a road only if its weight is strictly below the limit; caught by sample 01 (weight 6 from 2 to 4 over the road of limit 6) and tests 05-08, 12.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

static std::vector<int> parent;

static int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    int n, m, q;
    if (scanf("%d %d %d", &n, &m, &q) != 3) return 0;
    std::vector<int> ra(m), rb(m), rc(m), qu(q), qv(q), qw(q);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &ra[i], &rb[i], &rc[i]);
    for (int i = 0; i < q; i++) scanf("%d %d %d", &qu[i], &qv[i], &qw[i]);
    std::vector<int> ro(m), qo(q);
    std::iota(ro.begin(), ro.end(), 0);
    std::iota(qo.begin(), qo.end(), 0);
    std::sort(ro.begin(), ro.end(), [&](int x, int y) { return rc[x] > rc[y]; });
    std::sort(qo.begin(), qo.end(), [&](int x, int y) { return qw[x] > qw[y]; });
    parent.resize(n + 1);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> ok(q);
    int r = 0;
    for (int i : qo) {
        while (r < m && rc[ro[r]] > qw[i]) {
            int a = find(ra[ro[r]]), b = find(rb[ro[r]]);
            if (a != b) parent[a] = b;
            r++;
        }
        ok[i] = find(qu[i]) == find(qv[i]);
    }
    for (int i = 0; i < q; i++) puts(ok[i] ? "YES" : "NO");
    return 0;
}
