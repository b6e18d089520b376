// SLOW: counts every prefix of every name in a hash map keyed by the prefix's hash, rehashing each prefix from scratch, O(sum of squared name lengths); right on all tests with short names but far too slow on tests 11 and 12 (names of 50 000+ letters).
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    std::cin >> n;
    std::vector<std::string> names(n);
    for (auto& w : names) std::cin >> w;
    std::unordered_map<size_t, int> seen;
    std::hash<std::string_view> h;
    for (const auto& w : names)
        for (size_t l = 1; l <= w.size(); l++) seen[h(std::string_view(w.data(), l))]++;
    for (const auto& w : names) {
        size_t len = 0;
        for (size_t l = 1; l <= w.size(); l++)
            if (seen[h(std::string_view(w.data(), l))] == 1) { len = l; break; }
        if (len) printf("%s\n", w.substr(0, len).c_str()); else printf("-\n");
    }
    return 0;
}
