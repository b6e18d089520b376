// Wrong: keeps the running totals in 32-bit int; a route over 3000 tiles of toll 1000000 costs 3*10^9 and overflows. Caught by test 09 (and the large test 15).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    std::vector<int> best(c);
    for (int i = 0; i < r; ++i) {
        for (int j = 0; j < c; ++j) {
            int toll;
            scanf("%d", &toll);
            if (i == 0 && j == 0) best[j] = toll;
            else if (i == 0) best[j] = best[j - 1] + toll;
            else if (j == 0) best[j] = best[j] + toll;
            else best[j] = std::min(best[j], best[j - 1]) + toll;
        }
    }
    printf("%d\n", best[c - 1]);
    return 0;
}
