#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long c;
        scanf("%d %d %lld", &u, &v, &c);
        adj[u].push_back({v, c});
    }
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> pq;
    dist[1] = 0;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d > dist[u]) continue;  // stale entry
        for (auto [v, c] : adj[u])
            if (d + c < dist[v]) {
                dist[v] = d + c;
                pq.push({dist[v], v});
            }
    }
    string out;
    for (int i = 1; i <= n; i++) {
        out += dist[i] == INF ? string("-1") : to_string(dist[i]);
        out += i == n ? '\n' : ' ';
    }
    fputs(out.c_str(), stdout);
    return 0;
}
