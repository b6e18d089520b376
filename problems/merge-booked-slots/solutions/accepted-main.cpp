#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<long long, long long>> slots(n);
    for (auto& [s, e] : slots) scanf("%lld %lld", &s, &e);
    std::sort(slots.begin(), slots.end());
    std::vector<std::pair<long long, long long>> merged;
    for (const auto& [s, e] : slots) {
        if (!merged.empty() && s <= merged.back().second) {  // shares the moment s
            merged.back().second = std::max(merged.back().second, e);
        } else {
            merged.push_back({s, e});
        }
    }
    printf("%zu\n", merged.size());
    for (const auto& [s, e] : merged) printf("%lld %lld\n", s, e);
    return 0;
}
