// SLOW: for every start walks right until all species are seen, O(n^2) in the worst case; right answers but too slow on test 12 (n = 100000, the only block is the whole boardwalk).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::vector<long long> codes(a);
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    std::vector<int> id(n);
    for (int i = 0; i < n; i++) id[i] = std::lower_bound(codes.begin(), codes.end(), a[i]) - codes.begin();
    int need = codes.size();
    std::vector<int> seen(need, -1);
    int best_len = n + 1, best_start = 0;
    for (int i = 0; i < n; i++) {
        int have = 0;
        for (int j = i; j < n; j++) {
            if (seen[id[j]] != i) {
                seen[id[j]] = i;
                if (++have == need) {
                    if (j - i + 1 < best_len) {
                        best_len = j - i + 1;
                        best_start = i;
                    }
                    break;
                }
            }
        }
    }
    printf("%d %d\n", best_start + 1, best_start + best_len);
    return 0;
}
