// WRONG: only checks the diagonals that run down to the right and forgets the ones that run down to the left, so it counts postings where two guards see each other; caught by sample 01 (and 02, 05 to 12, 14).
#include <cstdio>
#include <vector>

int n, full;
std::vector<int> sound;

long long place(int row, int cols, int diag) {
    if (row == n) return 1;
    long long total = 0;
    int free = sound[row] & ~(cols | diag) & full;
    while (free) {
        int bit = free & -free;
        free ^= bit;
        total += place(row + 1, cols | bit, ((diag | bit) << 1) & full);
    }
    return total;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    full = (1 << n) - 1;
    sound.assign(n, 0);
    char buf[32];
    for (int r = 0; r < n; r++) {
        scanf("%31s", buf);
        for (int c = 0; c < n; c++)
            if (buf[c] == '.') sound[r] |= 1 << c;
    }
    printf("%lld\n", place(0, 0, 0));
    return 0;
}
