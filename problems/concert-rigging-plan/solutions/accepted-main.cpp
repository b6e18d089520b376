// Kahn's topological order. A job starts when the last job it waits for finishes, so
// start[b] = max(start[a] + t[a]) over rules "a b", filled in topological order; the answer is
// the largest finish. If some job never reaches in-degree 0, the rules contain a circle: -1.
// Totals reach 3 * 10^10, so 64-bit integers.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    std::vector<long long> t(n + 1), start(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%lld", &t[i]);
    std::vector<std::vector<int>> out(n + 1);
    std::vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        out[a].push_back(b);
        indeg[b]++;
    }
    std::vector<int> order;
    order.reserve(n);
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) order.push_back(v);
    long long best = 0;
    for (size_t i = 0; i < order.size(); i++) {
        int v = order[i];
        long long fin = start[v] + t[v];
        if (fin > best) best = fin;
        for (int w : out[v]) {
            if (fin > start[w]) start[w] = fin;
            if (--indeg[w] == 0) order.push_back(w);
        }
    }
    printf("%lld\n", (int)order.size() == n ? best : -1LL);
    return 0;
}
