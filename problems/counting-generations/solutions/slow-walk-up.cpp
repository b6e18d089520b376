// SLOW: for every person walks the parents all the way up to the founder, O(n * depth) = O(n^2) on a long line of descent; right answers, but times out on test 09 (a line of 50000 people) and test 10.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> p(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &p[i]);
    int top = 0, cnt = 0;
    for (int i = 1; i <= n; i++) {
        int g = 0;
        for (int v = i; v != 0; v = p[v]) g++;
        if (g > top) {
            top = g;
            cnt = 1;
        } else if (g == top) {
            cnt++;
        }
    }
    printf("%d %d\n", top, cnt);
    return 0;
}
