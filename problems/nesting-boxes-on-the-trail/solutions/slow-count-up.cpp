// SLOW: tries d = 1, 2, 3, ... with the greedy check until k boxes no longer fit, O(n * answer); right answers on small distances but too slow on test 11 (answer about 1.7 * 10^8; also 03, 09 and 12).
#include <algorithm>
#include <cstdio>
#include <vector>

int n, k;
std::vector<long long> p;

bool fits(long long d) {
    int count = 1;
    long long last = p[0];
    for (int i = 1; i < n && count < k; i++)
        if (p[i] - last >= d) {
            count++;
            last = p[i];
        }
    return count >= k;
}

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    p.resize(n);
    for (auto& x : p) scanf("%lld", &x);
    std::sort(p.begin(), p.end());
    long long d = 1;
    while (fits(d + 1)) d++;
    printf("%lld\n", d);
    return 0;
}
