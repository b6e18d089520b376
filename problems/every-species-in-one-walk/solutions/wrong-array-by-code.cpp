// WRONG: counts species in a plain array indexed by the code, sized for codes up to 10^6 only, so larger codes write far outside it (crash or garbage); caught by test 03 (and 07, 10 to 13).
#include <cstdio>
#include <vector>

static int cnt[1000001];
static bool present[1000001];

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    int need = 0;
    for (long long x : a)
        if (!present[x]) { present[x] = true; need++; }
    int have = 0, best_len = n + 1, best_start = 0, left = 0;
    for (int right = 0; right < n; right++) {
        if (cnt[a[right]]++ == 0) have++;
        while (have == need) {
            if (right - left + 1 < best_len) {
                best_len = right - left + 1;
                best_start = left;
            }
            if (--cnt[a[left]] == 0) have--;
            left++;
        }
    }
    printf("%d %d\n", best_start + 1, best_start + best_len);
    return 0;
}
