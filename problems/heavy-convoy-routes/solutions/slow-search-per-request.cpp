// SLOW: answers each request with its own breadth-first search over the roads strong enough, O(q * (n + m)); right everywhere but too slow on test 11 (12 000 requests, most of them exploring a whole 7 000-town network).
#include <cstdio>
#include <vector>

int main() {
    int n, m, q;
    if (scanf("%d %d %d", &n, &m, &q) != 3) return 0;
    std::vector<std::vector<std::pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        adj[a].push_back({b, c});
        adj[b].push_back({a, c});
    }
    std::vector<int> seen(n + 1, -1), queue(n + 1);
    for (int i = 0; i < q; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        int head = 0, tail = 0;
        queue[tail++] = u;
        seen[u] = i;
        bool found = u == v;
        while (head < tail && !found) {
            int x = queue[head++];
            for (auto [y, c] : adj[x])
                if (c >= w && seen[y] != i) {
                    if (y == v) { found = true; break; }
                    seen[y] = i;
                    queue[tail++] = y;
                }
        }
        puts(found ? "YES" : "NO");
    }
    return 0;
}
