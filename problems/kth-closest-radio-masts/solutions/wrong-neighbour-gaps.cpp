// WRONG: assumes the small distances all come from neighbouring masts: sorts the n - 1 gaps between neighbours and prints the k-th of them (the largest gap when k > n - 1); caught by test 04 (and 08 to 14).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    std::vector<long long> x(n);
    for (auto& v : x) scanf("%lld", &v);
    std::sort(x.begin(), x.end());
    std::vector<long long> gaps;
    for (int i = 1; i < n; i++) gaps.push_back(x[i] - x[i - 1]);
    std::sort(gaps.begin(), gaps.end());
    long long idx = std::min<long long>(k, n - 1) - 1;
    printf("%lld\n", gaps[idx]);
    return 0;
}
