// SLOW: a 0/1 subset-sum pass for every single coin, O(T * sum of c_i); right on the small tests but far too slow on tests 12 and 13 (millions of coins against T = 10^6).
#include <cstdio>
#include <vector>

int main() {
    int n, t;
    if (scanf("%d %d", &n, &t) != 2) return 0;
    std::vector<char> reach(t + 1, 0);
    reach[0] = 1;
    for (int i = 0; i < n; i++) {
        int v, c;
        scanf("%d %d", &v, &c);
        for (int k = 0; k < c; k++)
            for (int x = t; x >= v; x--)
                if (reach[x - v]) reach[x] = 1;
    }
    int count = 0;
    for (int x = 1; x <= t; x++) count += reach[x];
    printf("%d\n", count);
    return 0;
}
