// Binary search on the answer d. For a fixed d, greedy on the sorted spots decides whether k boxes
// fit at pairwise distance >= d: put a box on the first spot and then on every spot at least d past
// the previous box (taking the earliest spot never hurts). Feasibility is monotone in d, so the
// largest feasible d is found in O(n log(range)) after an O(n log n) sort.
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
    long long lo = 1, hi = (p[n - 1] - p[0]) / (k - 1);
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    printf("%lld\n", lo);
    return 0;
}
