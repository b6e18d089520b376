// SLOW: from every viewpoint walks the whole tree (iterative DFS) to find the best hike starting there, O(n^2); right answers, but times out on test 09 (40000 viewpoints) and test 10 (also 11).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::vector<int>> adj(n + 1);
    for (int i = 1; i <= n; i++) {
        int p;
        scanf("%d", &p);
        if (p) {
            adj[i].push_back(p);
            adj[p].push_back(i);
        }
    }
    std::vector<long long> v(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &v[i]);
    long long answer = v[1];
    std::vector<int> stack_node, stack_from;
    std::vector<long long> stack_sum;
    for (int s = 1; s <= n; s++) {
        stack_node.assign(1, s);
        stack_from.assign(1, 0);
        stack_sum.assign(1, v[s]);
        while (!stack_node.empty()) {
            int x = stack_node.back(), from = stack_from.back();
            long long sum = stack_sum.back();
            stack_node.pop_back();
            stack_from.pop_back();
            stack_sum.pop_back();
            answer = std::max(answer, sum);
            for (int y : adj[x])
                if (y != from) {
                    stack_node.push_back(y);
                    stack_from.push_back(x);
                    stack_sum.push_back(sum + v[y]);
                }
        }
    }
    printf("%lld\n", answer);
    return 0;
}
