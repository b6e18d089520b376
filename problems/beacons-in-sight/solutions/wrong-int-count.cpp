// WRONG: the right stack algorithm, but the pair count is a 32-bit int, which overflows when almost every pair sees each other; caught by test 10 (100000 towers of one height, 4999950000 pairs).
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<int, int>> st;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
        int h;
        scanf("%d", &h);
        while (!st.empty() && st.back().first < h) {
            pairs += st.back().second;
            st.pop_back();
        }
        if (!st.empty() && st.back().first == h) {
            pairs += st.back().second;
            if (st.size() > 1) pairs += 1;
            st.back().second++;
        } else {
            if (!st.empty()) pairs += 1;
            st.push_back({h, 1});
        }
    }
    printf("%d\n", pairs);
    return 0;
}
