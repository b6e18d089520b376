// Exhaustive search with pruning. Jobs are sorted longest first and given to crews one by one.
// Branch and bound: start from the greedy schedule (longest job to the least busy crew) as the
// best so far; never put a job on a crew if that crew would reach the best finish time; try each
// distinct crew load only once per job (crews with equal loads are interchangeable); stop as soon
// as the best equals the lower bound max(longest job, ceil(total / k)). n <= 14.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

int n, k;
std::vector<long long> t, loads;
long long best, lower_bound_;

bool search(int i, long long current_max) {
    if (i == n) {
        best = current_max;
        return best == lower_bound_;
    }
    long long x = t[i];
    std::vector<long long> tried;
    for (int c = 0; c < k; c++) {
        long long load = loads[c];
        if (load + x >= best) continue;
        if (std::find(tried.begin(), tried.end(), load) != tried.end()) continue;
        tried.push_back(load);
        loads[c] = load + x;
        bool done = search(i + 1, std::max(current_max, load + x));
        loads[c] = load;
        if (done) return true;
    }
    return false;
}

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    t.resize(n);
    for (auto& x : t) scanf("%lld", &x);
    std::sort(t.begin(), t.end(), std::greater<long long>());
    long long total = 0;
    for (long long x : t) total += x;
    lower_bound_ = std::max(t[0], (total + k - 1) / k);
    loads.assign(k, 0);
    for (long long x : t) *std::min_element(loads.begin(), loads.end()) += x;
    best = *std::max_element(loads.begin(), loads.end());
    loads.assign(k, 0);
    if (best > lower_bound_) search(0, 0);
    printf("%lld\n", best);
    return 0;
}
