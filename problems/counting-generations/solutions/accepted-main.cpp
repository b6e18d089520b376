// Build child lists and run a breadth-first search from the founder, one generation at a time;
// the last non-empty generation is the youngest. O(n).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> head(n + 1, 0), nxt(n + 1, 0);
    int root = 0;
    for (int i = 1; i <= n; i++) {
        int p;
        scanf("%d", &p);
        if (p == 0) {
            root = i;
        } else {
            nxt[i] = head[p];
            head[p] = i;
        }
    }
    std::vector<int> level{root}, next_level;
    int generations = 0;
    size_t youngest = 0;
    while (!level.empty()) {
        generations++;
        youngest = level.size();
        next_level.clear();
        for (int v : level)
            for (int c = head[v]; c != 0; c = nxt[c]) next_level.push_back(c);
        level.swap(next_level);
    }
    printf("%d %zu\n", generations, youngest);
    return 0;
}
