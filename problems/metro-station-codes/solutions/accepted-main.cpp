// Build a trie of all names; every node counts the names that pass through it, i.e. that begin
// with its prefix. A name's code ends at the first node on its path with count 1; if there is
// none, some other name begins with the whole name and the answer is "-". O(total length).
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
    size_t total = 0;
    for (auto& w : names) std::cin >> w, total += w.size();
    std::vector<std::array<int, 26>> next(1);
    next.reserve(total + 1);
    next[0].fill(0);
    std::vector<int> cnt(1, 0);
    cnt.reserve(total + 1);
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
    std::string out;
    for (const auto& w : names) {
        int node = 0;
        size_t len = 0;
        for (size_t i = 0; i < w.size(); i++) {
            node = next[node][w[i] - 'a'];
            if (cnt[node] == 1) { len = i + 1; break; }
        }
        if (len) out.append(w, 0, len); else out += '-';
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
