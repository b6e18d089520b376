// SLOW: really performs all k quarter turns, one after another; right while k is small (tests 01-08, 11) but never finishes for k near 10^18 (tests 09, 10, 12-14).
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
    for (long long t = 0; t < k; t++) {
        int rn = g.size(), rm = g[0].size();
        std::vector<std::string> r(rm, std::string(rn, ' '));
        for (int i = 0; i < rn; i++)
            for (int j = 0; j < rm; j++) r[j][rn - 1 - i] = g[i][j];
        g.swap(r);
    }
    for (auto& row : g) std::cout << row << '\n';
    return 0;
}
