// WRONG: adds the levels up in a 32-bit int, which overflows once the sum passes 2^31 - 1; caught by test 08 (and 10, 13, 14).
#include <cstdio>
#include <iterator>
#include <set>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    std::multiset<int> low, high;
    const size_t need_low = (k + 1) / 2;
    int total = 0;
    for (int i = 0; i < n; i++) {
        int x = a[i];
        if (!low.empty() && x <= *low.rbegin()) low.insert(x);
        else high.insert(x);
        if (i >= k) {
            int y = a[i - k];
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
    printf("%d\n", total);
    return 0;
}
