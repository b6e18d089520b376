// WRONG: counts the numbers in an array indexed by number, sized as if numbers were at most 10^6; larger numbers fall outside it (crash or garbage); caught by test 04 (and 08, 10, 11).
#include <cstdio>

static int cnt[1000001];
static int seen[100001];

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        scanf("%d", &seen[i]);
        cnt[seen[i]]++;
    }
    for (int i = 0; i < n; i++)
        if (cnt[seen[i]] == 1) {
            printf("%d\n", seen[i]);
            return 0;
        }
    return 0;
}
