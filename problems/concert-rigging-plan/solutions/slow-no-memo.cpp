// SLOW: computes each job's finish time recursively from the jobs it waits for without remembering results, so every chain is walked again; right on tests 01-08, 12 and 13 but exponential on the ladder of test 09 (2^40 chains) and too slow on tests 10 and 11. A circle is found by a colour check first.
#include <cstdio>
#include <vector>

static std::vector<std::vector<int>> in;
static std::vector<long long> t;
static std::vector<int> colour;

static bool has_circle(int v) {
    colour[v] = 1;
    for (int u : in[v]) {
        if (colour[u] == 1) return true;
        if (colour[u] == 0 && has_circle(u)) return true;
    }
    colour[v] = 2;
    return false;
}

static long long finish(int v) {
    long long s = 0;
    for (int u : in[v]) {
        long long f = finish(u);
        if (f > s) s = f;
    }
    return s + t[v];
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    t.assign(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%lld", &t[i]);
    in.assign(n + 1, {});
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        in[b].push_back(a);
    }
    colour.assign(n + 1, 0);
    for (int v = 1; v <= n; v++)
        if (colour[v] == 0 && has_circle(v)) {
            printf("-1\n");
            return 0;
        }
    long long best = 0;
    for (int v = 1; v <= n; v++) {
        long long f = finish(v);
        if (f > best) best = f;
    }
    printf("%lld\n", best);
    return 0;
}
