// WRONG: builds the powers of two with a 32-bit "1 << b", which overflows from bit 31 on, so runs reaching 2^31 go wrong; caught by test 05 (and 06, 08-12), fine while R < 2^31 (tests 01-04, 07).
#include <cstdio>

static long long ones_upto(long long n) {
    if (n < 0) return 0;
    long long m = n + 1, total = 0;
    for (int b = 0; b < 62 && (1LL << b) <= n; b++) {
        long long half = 1 << b, cycle = 1 << (b + 1);
        if (half <= 0 || cycle <= 0) break;
        long long rest = m % cycle - half;
        total += (m / cycle) * half + (rest > 0 ? rest : 0);
    }
    return total;
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        long long l, r;
        scanf("%lld %lld", &l, &r);
        printf("%lld\n", ones_upto(r) - ones_upto(l - 1));
    }
    return 0;
}
