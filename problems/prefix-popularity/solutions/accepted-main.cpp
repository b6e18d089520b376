#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> words(n);
    size_t total = 0;
    for (auto &w : words) {
        cin >> w;
        total += w.size();
    }
    // trie: child[v][c], cnt[v] = number of inserted words passing through node v
    vector<array<int, 26>> child(1);
    child.reserve(total + 1);
    child[0].fill(0);
    vector<int> cnt(1, 0);
    cnt.reserve(total + 1);
    for (auto &w : words) {
        int v = 0;
        for (char ch : w) {
            int c = ch - 'a';
            if (!child[v][c]) {
                child[v][c] = (int)child.size();
                child.emplace_back();
                child.back().fill(0);
                cnt.push_back(0);
            }
            v = child[v][c];
            cnt[v]++;
        }
    }
    int q;
    cin >> q;
    string p, out;
    for (int i = 0; i < q; i++) {
        cin >> p;
        int v = 0;
        for (char ch : p) {
            v = child[v][ch - 'a'];
            if (!v) break;
        }
        out += to_string(v ? cnt[v] : 0);
        out += '\n';
    }
    cout << out;
    return 0;
}
