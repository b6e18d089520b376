// WRONG: rotates inside an n x m array as if the panel were square, so it keeps printing n rows of m characters and drops or blanks cells; passes square panels (tests 03, 12) and k = 0 mod 4, caught by sample 01 (and 02, 04, 05, 08, 10, 11, 13, 14).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    int n, m;
    long long k;
    std::cin >> n >> m >> k;
    std::vector<std::string> g(n);
    for (auto& row : g) std::cin >> row;
    for (int t = 0; t < k % 4; t++) {
        std::vector<std::string> r(n, std::string(m, '.'));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                if (j < n && n - 1 - i < m) r[j][n - 1 - i] = g[i][j];
        g.swap(r);
    }
    for (auto& row : g) printf("%s\n", row.c_str());
    return 0;
}
