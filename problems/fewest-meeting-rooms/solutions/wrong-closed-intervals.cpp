// WRONG: treats meetings as closed intervals [start, end]: at equal times it counts the start before the end, so a meeting starting exactly when another ends is made to take a new room. Caught by test 02 (and 06, 07, 08, 09, 13).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<int, int>> ev;  // (time, +1 start / -1 end)
    ev.reserve(2 * n);
    for (int i = 0; i < n; i++) {
        int s, e;
        scanf("%d %d", &s, &e);
        ev.push_back({s, +1});
        ev.push_back({e, -1});
    }
    // the bug: at equal times the start (+1) is counted before the end (-1)
    sort(ev.begin(), ev.end(), [](const pair<int, int> &a, const pair<int, int> &b) {
        if (a.first != b.first) return a.first < b.first;
        return a.second > b.second;
    });
    int cur = 0, best = 0;
    for (auto &x : ev) {
        cur += x.second;
        best = max(best, cur);
    }
    printf("%d\n", best);
    return 0;
}
