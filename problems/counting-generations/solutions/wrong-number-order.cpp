// WRONG: fills generations in one pass in number order, gen[i] = gen[p[i]] + 1, as if every parent had a smaller number than its children; caught by sample 01 (and 03, 05, 06, 07-11).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> p(n + 1), gen(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%d", &p[i]);
    for (int i = 1; i <= n; i++) gen[i] = p[i] == 0 ? 1 : gen[p[i]] + 1;
    int top = *std::max_element(gen.begin() + 1, gen.end());
    printf("%d %d\n", top, (int)std::count(gen.begin() + 1, gen.end(), top));
    return 0;
}
