// Bit b of the numbers 0..n repeats the pattern "2^b zeros, 2^b ones" every 2^(b+1) numbers,
// so it is set (n+1) / 2^(b+1) * 2^b + max(0, (n+1) % 2^(b+1) - 2^b) times. A run L..R is
// ones(R) - ones(L-1). Totals stay below 3 * 10^18, inside a signed 64-bit integer.
#include <cstdio>

static long long ones_upto(long long n) {
    if (n < 0) return 0;
    long long m = n + 1, total = 0;
    for (int b = 0; (1LL << b) <= n; b++) {
        long long half = 1LL << b, cycle = 1LL << (b + 1);
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
