// Breadth-first search over states (cell, set of keys carried), the set stored as a 5-bit mask:
// a key cell ORs its bit in, a gate cell is entered only if its bit is set. The same cell may
// be visited again with more keys, which is exactly what a search over cells alone gets wrong.
// At most 100 * 100 * 32 states, each with 4 moves.
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
    std::vector<int> dist(32 * size, -1);
    std::vector<int> queue;
    queue.reserve(32 * size);
    dist[start] = 0;
    queue.push_back(start);
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    for (size_t h = 0; h < queue.size(); h++) {
        int s = queue[h], keys = s / size, c = s % size;
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
            if (dist[t] < 0) {
                dist[t] = dist[s] + 1;
                queue.push_back(t);
            }
        }
    }
    printf("-1\n");
    return 0;
}
