// SLOW: union-find without path compression and without union by size: trees degenerate into chains, O(n * m) on test 08 (member 1 befriends everybody in turn, each find walks the whole chain).
#include <bits/stdc++.h>
using namespace std;

static vector<int> parent_;

static int find_root(int x) {
    while (parent_[x] != x) x = parent_[x];
    return x;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    int circles = n;
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        a = find_root(a);
        b = find_root(b);
        if (a != b) {
            parent_[a] = b;
            circles--;
        }
        printf("%d\n", circles);
    }
    return 0;
}
