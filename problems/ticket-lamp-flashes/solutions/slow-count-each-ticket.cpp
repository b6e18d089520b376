// SLOW: shows every ticket from L to R and counts its bits with popcount, O(R - L) per run; right on tests 01-04, 07 and 09 but never finishes on runs as long as 10^17 (tests 05, 06, 08, 10-12).
#include <cstdio>

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        long long l, r, total = 0;
        scanf("%lld %lld", &l, &r);
        for (long long v = l; v <= r; v++) total += __builtin_popcountll(v);
        printf("%lld\n", total);
    }
    return 0;
}
