#include <cstdio>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    std::vector<char> buf;
    buf.reserve((size_t)q * 16);
    char tmp[32];
    for (int k = 0; k < q; k++) {
        int l, r;
        scanf("%d %d", &l, &r);
        int len = snprintf(tmp, sizeof tmp, "%lld\n", prefix[r] - prefix[l - 1]);
        buf.insert(buf.end(), tmp, tmp + len);
    }
    fwrite(buf.data(), 1, buf.size(), stdout);
    return 0;
}
