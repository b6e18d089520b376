// SLOW: recounts the circles with a BFS over the whole friendship graph after every event, O(m * (n + m)); right answers, but far too slow on test 08 (n = m = 100 000).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n + 1);
    vector<int> seen(n + 1, 0), queue_(n + 1);
    int stamp = 0;
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        adj[b].push_back(a);
        stamp++;
        int circles = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s] == stamp) continue;
            circles++;
            int head = 0, tail = 0;
            queue_[tail++] = s;
            seen[s] = stamp;
            while (head < tail) {
                int u = queue_[head++];
                for (int v : adj[u])
                    if (seen[v] != stamp) {
                        seen[v] = stamp;
                        queue_[tail++] = v;
                    }
            }
        }
        printf("%d\n", circles);
    }
    return 0;
}
