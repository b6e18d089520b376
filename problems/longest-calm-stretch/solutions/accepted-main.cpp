#include <cstdio>
#include <deque>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    std::deque<int> maxq, minq;  // indices; readings decreasing / increasing
    int left = 0, best = 0;
    for (int right = 0; right < n; ++right) {
        while (!maxq.empty() && a[maxq.back()] <= a[right]) maxq.pop_back();
        maxq.push_back(right);
        while (!minq.empty() && a[minq.back()] >= a[right]) minq.pop_back();
        minq.push_back(right);
        while (a[maxq.front()] - a[minq.front()] > k) {
            ++left;
            if (maxq.front() < left) maxq.pop_front();
            if (minq.front() < left) minq.pop_front();
        }
        if (right - left + 1 > best) best = right - left + 1;
    }
    printf("%d\n", best);
    return 0;
}
