// Monotonic stack of (height, how many towers of that height) with heights strictly falling from
// bottom to top. A new tower sees every group it pops (all lower), the group of its own height,
// and the nearest taller tower below them. Equal towers are merged into one group. O(n).
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<long long, long long>> st;  // (height, count)
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long h;
        scanf("%lld", &h);
        while (!st.empty() && st.back().first < h) {
            pairs += st.back().second;
            st.pop_back();
        }
        if (!st.empty() && st.back().first == h) {
            long long same = st.back().second;
            pairs += same;
            if (st.size() > 1) pairs += 1;  // the nearest taller tower behind the group
            st.back().second = same + 1;
        } else {
            if (!st.empty()) pairs += 1;    // the nearest taller tower
            st.push_back({h, 1});
        }
    }
    printf("%lld\n", pairs);
    return 0;
}
