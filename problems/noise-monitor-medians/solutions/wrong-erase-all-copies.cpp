// WRONG: removes the reading that leaves with multiset::erase(value), which erases EVERY copy of that value, so windows with repeated readings lose elements; caught by sample 01 and test 06 (and 07, 08, 09, 11, 12, 14).
#include <cstdio>
#include <iterator>
#include <set>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::multiset<long long> low, high;
    const size_t need_low = (k + 1) / 2;
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long x = a[i];
        if (!low.empty() && x <= *low.rbegin()) low.insert(x);
        else high.insert(x);
        if (i >= k) {
            long long y = a[i - k];
            if (low.count(y)) low.erase(y);
            else high.erase(y);
        }
        while (low.size() > need_low) {
            auto it = std::prev(low.end());
            high.insert(*it);
            low.erase(it);
        }
        while (low.size() < need_low && !high.empty()) {
            auto it = high.begin();
            low.insert(*it);
            high.erase(it);
        }
        if (i >= k - 1 && !low.empty()) total += *low.rbegin();
    }
    printf("%lld\n", total);
    return 0;
}
