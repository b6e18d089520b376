// WRONG: greedy guess without search: aims the boxes at k evenly spaced targets between the first and the last spot, puts each on the nearest free spot, and reports the smallest distance obtained; caught by test 07 (and 08, 09, 10, 12).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    std::vector<long long> p(n);
    for (auto& x : p) scanf("%lld", &x);
    std::sort(p.begin(), p.end());
    std::vector<long long> chosen;
    int from = 0;
    for (int i = 0; i < k; i++) {
        long long target = p[0] + (p[n - 1] - p[0]) * i / (k - 1);
        int j = std::lower_bound(p.begin() + from, p.end(), target) - p.begin();
        if (j == n) j = n - 1;
        if (j > from && target - p[j - 1] < p[j] - target) j--;
        if (j > n - (k - i)) j = n - (k - i);  // leave enough spots for the boxes still to place
        chosen.push_back(p[j]);
        from = j + 1;
    }
    long long best = -1;
    for (int i = 1; i < k; i++)
        if (best < 0 || chosen[i] - chosen[i - 1] < best) best = chosen[i] - chosen[i - 1];
    printf("%lld\n", best);
    return 0;
}
