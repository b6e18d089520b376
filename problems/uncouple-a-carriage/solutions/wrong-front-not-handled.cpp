// WRONG: classic two-pointer unlinking that always removes the node after `slow`, so when k = n (the front carriage) it removes the second carriage instead; caught by sample 02 (and 05, 06, 10, 12).
#include <cstdio>
#include <vector>

int main() {
    int n, k, h;
    if (scanf("%d %d %d", &n, &k, &h) != 3) return 0;
    std::vector<int> w(n + 1), b(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d %d", &w[i], &b[i]);
    if (n == 1) {
        printf("EMPTY\n");
        return 0;
    }
    int fast = h;
    for (int i = 0; i < k && b[fast] != 0; i++) fast = b[fast];
    int slow = h;
    while (b[fast] != 0) {
        fast = b[fast];
        slow = b[slow];
    }
    b[slow] = b[b[slow]];
    bool first = true;
    for (int c = h; c != 0; c = b[c]) {
        printf(first ? "%d" : " %d", w[c]);
        first = false;
    }
    printf("\n");
    return 0;
}
