#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<int, int>> m(n);
    for (auto &p : m) scanf("%d %d", &p.first, &p.second);
    sort(m.begin(), m.end());
    // min-heap of the end times of the rooms in use
    priority_queue<int, vector<int>, greater<int>> ends;
    for (auto &p : m) {
        if (!ends.empty() && ends.top() <= p.first) ends.pop();  // reuse the room that frees first
        ends.push(p.second);
    }
    printf("%d\n", (int)ends.size());
    return 0;
}
