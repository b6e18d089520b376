// Offline: sort roads by limit and requests by weight, both from heaviest to lightest. Before
// answering a request of weight w, join (union-find) the two towns of every road with limit
// >= w; the convoy can make the trip iff u and v are then in the same set.
// O((m + q) log(m + q) + (m + q) * alpha(n)).
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

static std::vector<int> parent, sz;

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
    sz.assign(n + 1, 1);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> ok(q);
    int r = 0;
    for (int i : qo) {
        while (r < m && rc[ro[r]] >= qw[i]) {
            int a = find(ra[ro[r]]), b = find(rb[ro[r]]);
            if (a != b) {
                if (sz[a] < sz[b]) std::swap(a, b);
                parent[b] = a;
                sz[a] += sz[b];
            }
            r++;
        }
        ok[i] = find(qu[i]) == find(qv[i]);
    }
    std::vector<char> out;
    out.reserve(4 * q);
    for (int i = 0; i < q; i++) {
        const char* s = ok[i] ? "YES\n" : "NO\n";
        while (*s) out.push_back(*s++);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
