// WRONG: forgets to check that the topological order reached every job, so with circular rules it prints the finish time of the jobs it could schedule instead of -1; caught by sample 02 (and tests 05, 08, 13).
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
    printf("%lld\n", best);
    return 0;
}
