// WRONG: the greedy alone (each job, longest first, goes to the crew that is least busy so far) without any search; it is not always optimal, e.g. 3 3 2 2 2 on two crews gives 7 instead of 6; caught by sample 01 (and 07 to 11, 14).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> t(n);
    for (auto& x : t) scanf("%lld", &x);
    std::sort(t.begin(), t.end(), std::greater<long long>());
    std::vector<long long> loads(k, 0);
    for (long long x : t) *std::min_element(loads.begin(), loads.end()) += x;
    printf("%lld\n", *std::max_element(loads.begin(), loads.end()));
    return 0;
}
