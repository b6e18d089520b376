// Root the tree at the visitor centre and process viewpoints children-first (reverse BFS order).
// down[v] = best score of a hike that starts at v and goes down into v's subtree
//         = v's score + max(0, best down[] of a child).
// The best hike whose highest viewpoint is v uses v plus the two best positive child chains. O(n).
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
    std::vector<long long> best1(n + 1, 0), best2(n + 1, 0);  // two best positive child chains
    long long answer = v[root];
    for (int k = n - 1; k >= 0; k--) {
        int x = order[k];
        long long down = v[x] + best1[x];
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
    printf("%lld\n", answer);
    return 0;
}
