// WRONG: keeps start and finish times in 32-bit ints, which overflow once a chain passes 2^31 minutes; caught by test 11 (a chain of 25 000 jobs of ~10^6 minutes), fine on all smaller totals.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    std::vector<int> t(n + 1), start(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%d", &t[i]);
    std::vector<std::vector<int>> out(n + 1);
    std::vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        out[a].push_back(b);
        indeg[b]++;
    }
    std::vector<int> order;
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) order.push_back(v);
    int best = 0;
    for (size_t i = 0; i < order.size(); i++) {
        int v = order[i];
        int fin = start[v] + t[v];
        if (fin > best) best = fin;
        for (int w : out[v]) {
            if (fin > start[w]) start[w] = fin;
            if (--indeg[w] == 0) order.push_back(w);
        }
    }
    printf("%d\n", (int)order.size() == n ? best : -1);
    return 0;
}
