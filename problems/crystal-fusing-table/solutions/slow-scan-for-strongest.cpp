// SLOW: finds the two strongest crystals by scanning the whole list every round, O(n^2); right answers but too slow on test 13 (n = 100000).
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    while (a.size() >= 2) {
        size_t i = 0;
        for (size_t k = 1; k < a.size(); k++)
            if (a[k] > a[i]) i = k;
        long long x = a[i];
        a[i] = a.back();
        a.pop_back();
        size_t j = 0;
        for (size_t k = 1; k < a.size(); k++)
            if (a[k] > a[j]) j = k;
        long long y = a[j];
        a[j] = a.back();
        a.pop_back();
        if (x != y) a.push_back(x - y);
    }
    printf("%lld\n", a.empty() ? 0LL : a[0]);
    return 0;
}
