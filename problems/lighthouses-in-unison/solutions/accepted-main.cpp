// The moment is lcm(p1..pn). Fold it in one period at a time as l / gcd(l, p) * p, checking
// against 10^18 before multiplying so nothing overflows; stop early once it is too late.
#include <cstdio>
#include <numeric>

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
        long long q = l / std::gcd(l, p);  // l = q * g and lcm = q * p
        if (q > CAP / p) late = true;
        else l = q * p;
    }
    printf("%lld\n", late ? -1LL : l);
    return 0;
}
