// Walk the couplings from the front once to learn the length L, then unlink the carriage at
// position L - k + 1 from the front (position 1 means the locomotive moves to the next one).
#include <cstdio>
#include <vector>

int main() {
    int n, k, h;
    if (scanf("%d %d %d", &n, &k, &h) != 3) return 0;
    std::vector<int> w(n + 1), b(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d %d", &w[i], &b[i]);
    int len = 0;
    for (int c = h; c != 0; c = b[c]) len++;
    int pos = len - k + 1;  // position from the front, 1-based
    if (pos == 1) {
        h = b[h];
    } else {
        int prev = h;
        for (int i = 1; i < pos - 1; i++) prev = b[prev];
        b[prev] = b[b[prev]];
    }
    if (h == 0) {
        printf("EMPTY\n");
        return 0;
    }
    bool first = true;
    for (int c = h; c != 0; c = b[c]) {
        printf(first ? "%d" : " %d", w[c]);
        first = false;
    }
    printf("\n");
    return 0;
}
