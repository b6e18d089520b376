// WRONG: breadth-first search that marks cells, not (cell, keys) states, as visited, so after fetching a key it can never walk back through cells it has already seen; caught by sample 01 (prints -1) and tests 08, 11, 12.
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    int n, m;
    std::cin >> n >> m;
    std::string plan, row;
    for (int i = 0; i < n; i++) std::cin >> row, plan += row;
    int size = n * m, start = plan.find('S'), goal = plan.find('X');
    std::vector<int> dist(size, -1);
    std::vector<std::pair<int, int>> queue;  // (cell, keys)
    dist[start] = 0;
    queue.push_back({start, 0});
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    for (size_t h = 0; h < queue.size(); h++) {
        auto [c, keys] = queue[h];
        if (c == goal) {
            printf("%d\n", dist[c]);
            return 0;
        }
        int r = c / m, col = c % m;
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = col + dc[k];
            if (nr < 0 || nr >= n || nc < 0 || nc >= m) continue;
            int d = nr * m + nc;
            char ch = plan[d];
            if (ch == '#' || dist[d] >= 0) continue;
            if (ch >= 'A' && ch <= 'E' && !(keys >> (ch - 'A') & 1)) continue;
            int nk = keys;
            if (ch >= 'a' && ch <= 'e') nk |= 1 << (ch - 'a');
            dist[d] = dist[c] + 1;
            queue.push_back({d, nk});
        }
    }
    printf("-1\n");
    return 0;
}
