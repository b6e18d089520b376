// WRONG: the map keeps the LAST position of each value, so the first position is right but the second is the largest one, not the smallest; caught by test 06 (and 09, 11, 12, 14).
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::vector<long long> a(n);
    std::unordered_map<long long, int> last;
    last.reserve(2 * n);
    for (int i = 0; i < n; i++) {
        scanf("%lld", &a[i]);
        last[a[i]] = i;
    }
    for (int i = 0; i < n; i++) {
        auto it = last.find(t - a[i]);
        if (it != last.end() && it->second > i) {
            printf("%d %d\n", i + 1, it->second + 1);
            return 0;
        }
    }
    printf("-1\n");
    return 0;
}
