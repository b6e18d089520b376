// WRONG: ignores how many coins of each kind there are, as if the supply were unlimited; caught by sample 01 (it also pays 3, 7, 8, ...) and by sample 02 and tests 05-07, 09, 11, 14, 15.
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
        for (int x = v; x <= t; x++)
            if (reach[x - v]) reach[x] = 1;
    }
    int count = 0;
    for (int x = 1; x <= t; x++) count += reach[x];
    printf("%d\n", count);
    return 0;
}
