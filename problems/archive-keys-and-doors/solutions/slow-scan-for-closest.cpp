// SLOW: Dijkstra over (cell, keys) states that finds the next closest state by scanning the whole state table, O(V^2) for V = 32 * n * m states; right on the small tests but far too slow on tests 11-14 (100 x 100 with many reachable states).
#include <climits>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    int n, m;
    std::cin >> n >> m;
    std::string plan, row;
    for (int i = 0; i < n; i++) std::cin >> row, plan += row;
    int size = n * m, start = plan.find('S'), goal = plan.find('X');
    int states = 32 * size;
    std::vector<int> dist(states, INT_MAX);
    std::vector<char> done(states, 0);
    dist[start] = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (true) {
        int s = -1;
        for (int i = 0; i < states; i++)
            if (!done[i] && dist[i] != INT_MAX && (s < 0 || dist[i] < dist[s])) s = i;
        if (s < 0) break;
        done[s] = 1;
        int keys = s / size, c = s % size;
        if (c == goal) {
            printf("%d\n", dist[s]);
            return 0;
        }
        int r = c / m, col = c % m;
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = col + dc[k];
            if (nr < 0 || nr >= n || nc < 0 || nc >= m) continue;
            int d = nr * m + nc;
            char ch = plan[d];
            if (ch == '#') continue;
            if (ch >= 'A' && ch <= 'E' && !(keys >> (ch - 'A') & 1)) continue;
            int nk = keys;
            if (ch >= 'a' && ch <= 'e') nk |= 1 << (ch - 'a');
            int t = nk * size + d;
            if (dist[s] + 1 < dist[t]) dist[t] = dist[s] + 1;
        }
    }
    printf("-1\n");
    return 0;
}
