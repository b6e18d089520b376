// WRONG: when no beginning of a name is unique (the name begins another name), prints the whole name instead of "-"; caught by sample 01 ("park") and tests 04, 06, 08, 13, 14.
#include <array>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    std::cin >> n;
    std::vector<std::string> names(n);
    for (auto& w : names) std::cin >> w;
    std::vector<std::array<int, 26>> next(1);
    next[0].fill(0);
    std::vector<int> cnt(1, 0);
    for (const auto& w : names) {
        int node = 0;
        for (char c : w) {
            int k = c - 'a';
            if (!next[node][k]) {
                next[node][k] = next.size();
                next.emplace_back();
                next.back().fill(0);
                cnt.push_back(0);
            }
            node = next[node][k];
            cnt[node]++;
        }
    }
    for (const auto& w : names) {
        int node = 0;
        size_t len = w.size();
        for (size_t i = 0; i < w.size(); i++) {
            node = next[node][w[i] - 'a'];
            if (cnt[node] == 1) { len = i + 1; break; }
        }
        printf("%s\n", w.substr(0, len).c_str());
    }
    return 0;
}
