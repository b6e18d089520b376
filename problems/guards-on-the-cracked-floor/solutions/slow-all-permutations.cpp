// SLOW: tries all n! ways to give every row a different column and checks each complete posting for cracks and diagonals, no pruning; right answers but too slow on the 12 by 12 floors (tests 11 to 14, 12! = 479 001 600 postings).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::string> g(n);
    char buf[32];
    for (int r = 0; r < n; r++) {
        scanf("%31s", buf);
        g[r] = buf;
    }
    std::vector<int> col(n);
    std::iota(col.begin(), col.end(), 0);
    long long total = 0;
    do {
        bool ok = true;
        for (int r = 0; r < n && ok; r++) {
            if (g[r][col[r]] == '#') ok = false;
            for (int s = r + 1; s < n && ok; s++)
                if (std::abs(col[r] - col[s]) == s - r) ok = false;
        }
        if (ok) total++;
    } while (std::next_permutation(col.begin(), col.end()));
    printf("%lld\n", total);
    return 0;
}
