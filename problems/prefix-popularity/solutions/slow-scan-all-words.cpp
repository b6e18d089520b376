// SLOW: compares every prefix with every logged word, O(n * q) comparisons; right answers, but far too slow on test 08 (n = q = 100 000).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> words(n);
    for (auto &w : words) cin >> w;
    int q;
    cin >> q;
    string p;
    for (int i = 0; i < q; i++) {
        cin >> p;
        int c = 0;
        for (auto &w : words)
            if (w.size() >= p.size() && w.compare(0, p.size(), p) == 0) c++;
        cout << c << '\n';
    }
    return 0;
}
