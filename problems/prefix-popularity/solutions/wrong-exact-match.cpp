// WRONG: counts in the trie only the words that end at the prefix's node (words equal to the prefix), not every word passing through it. Caught by test 01 (and 02, 05, 07, 08, 09, 10).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<array<int, 26>> child(1);
    child[0].fill(0);
    vector<int> ends(1, 0);
    string w;
    for (int i = 0; i < n; i++) {
        cin >> w;
        int v = 0;
        for (char ch : w) {
            int c = ch - 'a';
            if (!child[v][c]) {
                child[v][c] = (int)child.size();
                child.emplace_back();
                child.back().fill(0);
                ends.push_back(0);
            }
            v = child[v][c];
        }
        ends[v]++;
    }
    int q;
    cin >> q;
    for (int i = 0; i < q; i++) {
        cin >> w;
        int v = 0;
        for (char ch : w) {
            v = child[v][ch - 'a'];
            if (!v) break;
        }
        cout << (v ? ends[v] : 0) << '\n';
    }
    return 0;
}
