// WRONG: merges towers of equal height correctly but forgets that a tower joining such a group also sees the nearest taller tower behind it; "3 2 2" gives 2 instead of 3. Caught by test 05 (and 01, 08, 11, 12, 13).
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<long long, long long>> st;
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long h;
        scanf("%lld", &h);
        while (!st.empty() && st.back().first < h) {
            pairs += st.back().second;
            st.pop_back();
        }
        if (!st.empty() && st.back().first == h) {
            pairs += st.back().second;
            st.back().second++;
        } else {
            if (!st.empty()) pairs += 1;
            st.push_back({h, 1});
        }
    }
    printf("%lld\n", pairs);
    return 0;
}
