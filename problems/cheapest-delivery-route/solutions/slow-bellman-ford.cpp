// SLOW: Bellman-Ford, O(n * m) (it stops early once a pass changes nothing, which does not help on test 10, whose cheapest routes are about as long as the number of junctions); right answers, but too slow on test 10.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> eu(m), ev(m);
    vector<long long> ec(m);
    for (int i = 0; i < m; i++) scanf("%d %d %lld", &eu[i], &ev[i], &ec[i]);
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    dist[1] = 0;
    for (int pass = 1; pass < n; pass++) {
        bool changed = false;
        for (int i = 0; i < m; i++) {
            long long d = dist[eu[i]];
            if (d != INF && d + ec[i] < dist[ev[i]]) {
                dist[ev[i]] = d + ec[i];
                changed = true;
            }
        }
        if (!changed) break;
    }
    for (int i = 1; i <= n; i++) printf("%lld%c", dist[i] == INF ? -1LL : dist[i], i == n ? '\n' : ' ');
    return 0;
}
