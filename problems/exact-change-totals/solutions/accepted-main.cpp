// Bounded subset sums in O(n * T): process kind (v, c) by filling reach[] from small to large
// amounts, and keep used[x] = the fewest coins of this kind needed to reach x given the amounts
// reachable before. An amount x becomes reachable from x - v if used[x - v] < c.
// The answer counts the reachable amounts 1..T.
#include <cstdio>
#include <vector>

int main() {
    int n, t;
    if (scanf("%d %d", &n, &t) != 2) return 0;
    std::vector<char> reach(t + 1, 0);
    std::vector<int> used(t + 1);
    reach[0] = 1;
    for (int i = 0; i < n; i++) {
        int v, c;
        scanf("%d %d", &v, &c);
        if (v > t) continue;
        std::fill(used.begin(), used.end(), 0);
        for (int x = v; x <= t; x++)
            if (!reach[x] && reach[x - v] && used[x - v] < c) {
                reach[x] = 1;
                used[x] = used[x - v] + 1;
            }
    }
    int count = 0;
    for (int x = 1; x <= t; x++) count += reach[x];
    printf("%d\n", count);
    return 0;
}
