// WRONG: at each viewpoint adds up EVERY positive branch below it, which describes a star-shaped tour rather than a hike along one path; caught by test 04 (a star) and 06, 08, 10, 11.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> p(n + 1), head(n + 1, 0), nxt(n + 1, 0);
    std::vector<long long> v(n + 1);
    int root = 0;
    for (int i = 1; i <= n; i++) {
        scanf("%d", &p[i]);
        if (p[i] == 0) root = i;
        else {
            nxt[i] = head[p[i]];
            head[p[i]] = i;
        }
    }
    for (int i = 1; i <= n; i++) scanf("%lld", &v[i]);
    std::vector<int> order{root};
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c; c = nxt[c]) order.push_back(c);
    std::vector<long long> best1(n + 1, 0), positive_sum(n + 1, 0);
    long long answer = v[root];
    for (int k = n - 1; k >= 0; k--) {
        int x = order[k];
        answer = std::max(answer, v[x] + positive_sum[x]);
        long long down = v[x] + best1[x];
        if (p[x] && down > 0) {
            best1[p[x]] = std::max(best1[p[x]], down);
            positive_sum[p[x]] += down;
        }
    }
    printf("%lld\n", answer);
    return 0;
}
