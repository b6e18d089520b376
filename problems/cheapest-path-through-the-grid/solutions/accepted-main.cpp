#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    // best[j] = cheapest total to reach column j of the current row
    std::vector<long long> best(c);
    for (int i = 0; i < r; ++i) {
        for (int j = 0; j < c; ++j) {
            long long toll;
            scanf("%lld", &toll);
            if (i == 0 && j == 0) best[j] = toll;
            else if (i == 0) best[j] = best[j - 1] + toll;
            else if (j == 0) best[j] = best[j] + toll;
            else best[j] = std::min(best[j], best[j - 1]) + toll;
        }
    }
    printf("%lld\n", best[c - 1]);
    return 0;
}
