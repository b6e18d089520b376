// WRONG: fills the first row with j * D and the first column with i * I, swapping the insert and delete costs on the borders; right when I = D or when no cheapest correction runs along a border (samples 01-02, tests 03-05, 09, 13), caught by tests 06-08 (and 10-12, 14).
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
    for (int j = 0; j <= m; j++) prev[j] = j * del;
    for (int i = 1; i <= n; i++) {
        cur[0] = i * ins;
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
