// WRONG: adds three residues in a 32-bit int before taking the modulus; the sum can reach 3*10^9 and overflows. Caught by test 09 (and 10-12, 14), invisible while the count stays small (tests 01-08).
#include <cstdio>
#include <vector>

int main() {
    const int MOD = 1000000007;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<char> buf(n + 2);
    scanf("%s", buf.data());
    std::vector<int> ways(n + 2, 0);
    ways[0] = 1;
    for (int p = 1; p <= n + 1; p++) {
        if (p <= n && buf[p - 1] == 'x') continue;
        int w = 0;
        for (int d = 1; d <= 3; d++)
            if (p - d >= 0) w += ways[p - d];
        ways[p] = w % MOD;
    }
    printf("%d\n", ways[n + 1]);
    return 0;
}
