// Backtracking row by row with bitmasks: a guard goes in every row; keep the used columns and
// the two families of used diagonals as bitmasks shifted to the current row, so the free sound
// tiles of a row are sound[row] & ~(cols | diag | anti). Dead branches are cut at once; n <= 12.
#include <cstdio>
#include <vector>

int n, full;
std::vector<int> sound;

long long place(int row, int cols, int diag, int anti) {
    if (row == n) return 1;
    long long total = 0;
    int free = sound[row] & ~(cols | diag | anti) & full;
    while (free) {
        int bit = free & -free;
        free ^= bit;
        total += place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
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
    printf("%lld\n", place(0, 0, 0, 0));
    return 0;
}
