// WRONG: a correct Dijkstra that keeps the costs in 32-bit ints; sums above 2^31 - 1 overflow. Caught by test 06 (and 07, 08, 09).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, c;
        scanf("%d %d %d", &u, &v, &c);
        adj[u].push_back({v, c});
    }
    vector<int> dist(n + 1, -1);
    vector<char> done(n + 1, 0);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> pq;
    dist[1] = 0;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (done[u]) continue;
        done[u] = 1;
        for (auto [v, c] : adj[u]) {
            int nd = (int)((unsigned)d + (unsigned)c);  // wraps around past 2^31 - 1
            if (dist[v] == -1 || nd < dist[v]) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    for (int i = 1; i <= n; i++) printf("%d%c", dist[i], i == n ? '\n' : ' ');
    return 0;
}
