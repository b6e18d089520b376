// Sort (value, position) pairs; for each position i from the left, binary-search the smallest
// position j > i whose value is T - a[i]. The first i that has one gives the answer.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::vector<std::pair<long long, int>> s(n);
    for (int i = 0; i < n; i++) s[i] = {a[i], i};
    std::sort(s.begin(), s.end());
    for (int i = 0; i < n; i++) {
        std::pair<long long, int> key{t - a[i], i + 1};
        auto it = std::lower_bound(s.begin(), s.end(), key);
        if (it != s.end() && it->first == t - a[i]) {
            printf("%d %d\n", i + 1, it->second + 1);
            return 0;
        }
    }
    printf("-1\n");
    return 0;
}
