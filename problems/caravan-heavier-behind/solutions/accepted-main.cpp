// Walk the caravan from the front, keeping a stack of camels still waiting for a heavier one
// behind them (their loads never rise from bottom to top). A new camel answers every waiting camel
// lighter than it, then waits itself. Each camel is pushed and popped once: O(n).
#include <cstdio>
#include <vector>

int main() {
    int n, h;
    if (scanf("%d %d", &n, &h) != 2) return 0;
    std::vector<int> w(n + 1), b(n + 1), ans(n + 1, 0), waiting;
    for (int i = 1; i <= n; i++) scanf("%d %d", &w[i], &b[i]);
    for (int c = h; c != 0; c = b[c]) {
        while (!waiting.empty() && w[waiting.back()] < w[c]) {
            ans[waiting.back()] = c;
            waiting.pop_back();
        }
        waiting.push_back(c);
    }
    for (int i = 1; i <= n; i++) printf(i == 1 ? "%d" : " %d", ans[i]);
    printf("\n");
    return 0;
}
