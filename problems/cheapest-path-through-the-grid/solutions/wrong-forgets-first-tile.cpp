// Wrong: starts the sums at 0 instead of the toll of the top-left tile, so the starting tile is never paid. Caught by sample 01, by test 04 (a single tile of toll 1000000) and by every test whose top-left toll is not 0.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    std::vector<long long> best(c);
    for (int i = 0; i < r; ++i) {
        for (int j = 0; j < c; ++j) {
            long long toll;
            scanf("%lld", &toll);
            if (i == 0 && j == 0) best[j] = 0;  // forgets the first toll
            else if (i == 0) best[j] = best[j - 1] + toll;
            else if (j == 0) best[j] = best[j] + toll;
            else best[j] = std::min(best[j], best[j - 1]) + toll;
        }
    }
    printf("%lld\n", best[c - 1]);
    return 0;
}
