#include <bits/stdc++.h>
using namespace std;

static vector<int> parent_, size_;

static int find_root(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    parent_.resize(n + 1);
    size_.assign(n + 1, 1);
    iota(parent_.begin(), parent_.end(), 0);
    int circles = n;
    string out;
    out.reserve(7 * (size_t)m);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        a = find_root(a);
        b = find_root(b);
        if (a != b) {
            if (size_[a] < size_[b]) swap(a, b);
            parent_[b] = a;
            size_[a] += size_[b];
            circles--;
        }
        out += to_string(circles);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
    return 0;
}
