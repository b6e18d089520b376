// SLOW: finds each gcd by repeated subtraction instead of remainders, about l / p steps when the numbers are far apart; right answers, but times out on test 10 (maximum n) and test 11 (also 02, 06, 07, 08, 13).
#include <cstdio>

long long gcd_sub(long long a, long long b) {
    while (a != b) {
        if (a > b) a -= b;
        else b -= a;
    }
    return a;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    const long long CAP = 1000000000000000000LL;
    long long l = 1;
    bool late = false;
    for (int i = 0; i < n; i++) {
        long long p;
        scanf("%lld", &p);
        if (late) continue;
        long long q = l / gcd_sub(l, p);
        if (q > CAP / p) late = true;
        else l = q * p;
    }
    printf("%lld\n", late ? -1LL : l);
    return 0;
}
