// Two multisets: `low` keeps the (k + 1) / 2 smallest readings of the window and `high` the
// rest, so the level (lower median) is the largest element of `low`. Each step inserts the new
// reading, erases ONE copy of the reading that leaves (erase(find(x)), not erase(x), which would
// drop every copy), and moves one element across to restore the sizes. O(n log k).
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
            auto it = low.find(y);
            if (it != low.end()) low.erase(it);
            else high.erase(high.find(y));
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
        if (i >= k - 1) total += *low.rbegin();
    }
    printf("%lld\n", total);
    return 0;
}
