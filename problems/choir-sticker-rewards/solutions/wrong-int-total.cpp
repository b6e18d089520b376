// WRONG: adds the stickers up in a 32-bit int; the total for 100000 singers can be 5 * 10^9; caught by test 13.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> a(n), c(n, 1);
    for (auto& x : a) scanf("%d", &x);
    for (int i = 1; i < n; i++)
        if (a[i] > a[i - 1]) c[i] = c[i - 1] + 1;
    for (int i = n - 2; i >= 0; i--)
        if (a[i] > a[i + 1] && c[i] <= c[i + 1]) c[i] = c[i + 1] + 1;
    int total = 0;
    for (int x : c) total += x;
    printf("%d\n", total);
    return 0;
}
