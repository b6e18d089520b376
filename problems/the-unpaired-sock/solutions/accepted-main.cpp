#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    unsigned x = 0;
    for (int i = 0; i < n; i++) {
        unsigned v;
        scanf("%u", &v);
        x ^= v;  // a number seen twice cancels itself out
    }
    printf("%u\n", x);
    return 0;
}
