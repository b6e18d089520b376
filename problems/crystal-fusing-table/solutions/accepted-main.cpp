// Simulate with a max-heap: pop the two strongest crystals, push back the difference when it is
// not zero. Each round removes at least one crystal, so O(n log n) in total.
#include <cstdio>
#include <queue>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::priority_queue<long long> pq(a.begin(), a.end());
    while (pq.size() >= 2) {
        long long x = pq.top(); pq.pop();
        long long y = pq.top(); pq.pop();
        if (x != y) pq.push(x - y);
    }
    printf("%lld\n", pq.empty() ? 0LL : pq.top());
    return 0;
}
