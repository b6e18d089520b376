// WRONG: keeps hike scores in 32-bit ints, which overflow once a few large scores add up; caught by test 07 (5000 scores near 10^9 on a line) and test 08.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> p(n + 1), head(n + 1, 0), nxt(n + 1, 0), v(n + 1);
    int root = 0;
    for (int i = 1; i <= n; i++) {
        scanf("%d", &p[i]);
        if (p[i] == 0) root = i;
        else {
            nxt[i] = head[p[i]];
            head[p[i]] = i;
        }
    }
    for (int i = 1; i <= n; i++) scanf("%d", &v[i]);
    std::vector<int> order{root};
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c; c = nxt[c]) order.push_back(c);
    std::vector<int> best1(n + 1, 0), best2(n + 1, 0);
    int answer = v[root];
    for (int k = n - 1; k >= 0; k--) {
        int x = order[k];
        int down = v[x] + best1[x];
        answer = std::max(answer, v[x] + best1[x] + best2[x]);
        if (p[x] && down > 0) {
            int q = p[x];
            if (down > best1[q]) {
                best2[q] = best1[q];
                best1[q] = down;
            } else if (down > best2[q]) {
                best2[q] = down;
            }
        }
    }
    printf("%d\n", answer);
    return 0;
}
