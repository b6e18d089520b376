// WRONG: records a window when it is as short as the best (<=), so among shortest blocks it reports the LAST one instead of the first; caught by samples 01 and 02 (and 04, 06, 07, 08, 09).
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::size_t need = std::unordered_set<long long>(a.begin(), a.end()).size();
    std::unordered_map<long long, int> count;
    std::size_t have = 0;
    int best_len = n + 1, best_start = 0, left = 0;
    for (int right = 0; right < n; right++) {
        if (count[a[right]]++ == 0) have++;
        while (have == need) {
            if (right - left + 1 <= best_len) {
                best_len = right - left + 1;
                best_start = left;
            }
            if (--count[a[left]] == 0) have--;
            left++;
        }
    }
    printf("%d %d\n", best_start + 1, best_start + best_len);
    return 0;
}
