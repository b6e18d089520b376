// cost[i][j] = cheapest way to turn the first i draft letters into the first j final letters:
// min(cost[i-1][j] + D, cost[i][j-1] + I, cost[i-1][j-1] + (same letter ? 0 : R)).
// The first row is j * I (insert everything), the first column i * D (delete everything).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main() {
    long long ins, del, rep;
    std::string a, b;
    std::cin >> ins >> del >> rep >> a >> b;
    int n = a.size(), m = b.size();
    std::vector<long long> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; j++) prev[j] = j * ins;
    for (int i = 1; i <= n; i++) {
        cur[0] = i * del;
        for (int j = 1; j <= m; j++) {
            long long best = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : rep);
            best = std::min(best, prev[j] + del);
            best = std::min(best, cur[j - 1] + ins);
            cur[j] = best;
        }
        std::swap(prev, cur);
    }
    std::cout << prev[m] << "\n";
    return 0;
}
