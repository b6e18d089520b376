// SLOW: tries keep/overwrite, delete and insert recursively without remembering results, about 3^(n+m) calls; right on the small tests 01-09 but never finishes on tests 10-13 (it survives test 14 only because the final line has one letter).
#include <algorithm>
#include <iostream>
#include <string>

static long long ins, del, rep;
static std::string a, b;

static long long best(int i, int j) {
    if (i == (int)a.size()) return (b.size() - j) * ins;
    if (j == (int)b.size()) return (a.size() - i) * del;
    long long r = best(i + 1, j + 1) + (a[i] == b[j] ? 0 : rep);
    r = std::min(r, best(i + 1, j) + del);
    r = std::min(r, best(i, j + 1) + ins);
    return r;
}

int main() {
    std::cin >> ins >> del >> rep >> a >> b;
    std::cout << best(0, 0) << "\n";
    return 0;
}
