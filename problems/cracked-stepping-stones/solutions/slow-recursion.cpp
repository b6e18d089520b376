// SLOW: counts crossings by plain recursion without memoisation, about 1.8^n calls; right on tests 01-08 but never finishes from test 09 (n = 200) on, including the largest tests 11-13.
#include <cstdio>
#include <vector>

static int n;
static std::vector<char> s;

static long long count(int p) {
    if (p == n + 1) return 1;
    if (p > n + 1 || (p >= 1 && s[p - 1] == 'x')) return 0;
    return (count(p + 1) + count(p + 2) + count(p + 3)) % 1000000007LL;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    s.assign(n + 2, 0);
    scanf("%s", s.data());
    printf("%lld\n", count(0));
    return 0;
}
