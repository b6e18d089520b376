// SLOW: tries taking out every tile in turn and checks the rest for symmetry, O(length^2); right answers, but far too slow on tests 07, 08 (one row of 200000 tiles that match for a long stretch) and 11.
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    std::cin >> t;
    std::string s, out;
    while (t--) {
        std::cin >> s;
        int n = s.size();
        bool ok = true;
        for (int i = 0, j = n - 1; i < j; i++, j--)
            if (s[i] != s[j]) ok = false;
        for (int k = 0; k < n && !ok; k++) {
            // indices of the row without tile k
            auto at = [&](int p) { return s[p < k ? p : p + 1]; };
            bool sym = true;
            for (int i = 0, j = n - 2; i < j; i++, j--)
                if (at(i) != at(j)) {
                    sym = false;
                    break;
                }
            ok = sym;
        }
        out += ok ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
