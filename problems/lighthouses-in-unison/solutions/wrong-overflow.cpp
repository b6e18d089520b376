// WRONG: computes l * p / gcd in 64-bit and checks the limit afterwards, so the product overflows: a late moment wraps round to a small number (test 07) and fitting moments are spoiled by an overflowing product (tests 06, 08, 10, 13).
#include <cstdio>
#include <numeric>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long l = 1;
    for (int i = 0; i < n; i++) {
        long long p;
        scanf("%lld", &p);
        l = l * p / std::gcd(l, p);
        if (l > 1000000000000000000LL) {
            printf("-1\n");
            return 0;
        }
    }
    printf("%lld\n", l);
    return 0;
}
