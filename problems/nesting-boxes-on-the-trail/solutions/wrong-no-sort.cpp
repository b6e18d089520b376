// WRONG: runs the binary search and the greedy on the spots in input order without sorting them, so the greedy skips spots that lie behind the last box; caught by samples 01 and 02 (and 03, 04, 06, 08 to 12).
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
    long long mn = 2e9, mx = -1;
    for (auto& x : p) {
        scanf("%lld", &x);
        if (x < mn) mn = x;
        if (x > mx) mx = x;
    }
    long long lo = 1, hi = (mx - mn) / (k - 1);
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    printf("%lld\n", lo);
    return 0;
}
