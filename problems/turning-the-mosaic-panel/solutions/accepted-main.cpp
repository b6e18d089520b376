// Only k mod 4 matters. One clockwise quarter turn maps cell (i, j) of an n x m panel to
// cell (j, n - 1 - i) of an m x n panel; apply it k mod 4 times.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n, m;
    long long k;
    std::cin >> n >> m >> k;
    std::vector<std::string> g(n);
    for (auto& row : g) std::cin >> row;
    for (int t = 0; t < k % 4; t++) {
        int rn = g.size(), rm = g[0].size();
        std::vector<std::string> r(rm, std::string(rn, ' '));
        for (int i = 0; i < rn; i++)
            for (int j = 0; j < rm; j++) r[j][rn - 1 - i] = g[i][j];
        g.swap(r);
    }
    std::string out;
    for (auto& row : g) out += row + '\n';
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
