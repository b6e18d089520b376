// WRONG: at a mismatch it peeks one tile ahead and commits to dropping the left tile whenever the next one matches, without trying the other side; "abbab" gets NO. Caught by test 03 (and 04, 05, 06, 10).
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
        int i = 0, j = (int)s.size() - 1;
        bool used = false, ok = true;
        while (i < j) {
            if (s[i] == s[j]) {
                i++;
                j--;
            } else if (used) {
                ok = false;
                break;
            } else {
                used = true;
                if (s[i + 1] == s[j]) i++;
                else if (s[i] == s[j - 1]) j--;
                else {
                    ok = false;
                    break;
                }
            }
        }
        out += ok ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
