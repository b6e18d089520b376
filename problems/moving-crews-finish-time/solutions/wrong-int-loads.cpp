// WRONG: the right search, but crew loads are 32-bit ints, which overflow when long jobs pile up on one crew (up to 14 * 10^9 minutes); caught by test 05.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

int n, k;
std::vector<int> t, loads;
int best, lower_bound_;

bool search(int i, int current_max) {
    if (i == n) {
        best = current_max;
        return best == lower_bound_;
    }
    int x = t[i];
    std::vector<int> tried;
    for (int c = 0; c < k; c++) {
        int load = loads[c];
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
    for (auto& x : t) scanf("%d", &x);
    std::sort(t.begin(), t.end(), std::greater<int>());
    int total = 0;
    for (int x : t) total += x;
    lower_bound_ = std::max(t[0], (total + k - 1) / k);
    loads.assign(k, 0);
    for (int x : t) *std::min_element(loads.begin(), loads.end()) += x;
    best = *std::max_element(loads.begin(), loads.end());
    loads.assign(k, 0);
    if (best > lower_bound_) search(0, 0);
    printf("%d\n", best);
    return 0;
}
