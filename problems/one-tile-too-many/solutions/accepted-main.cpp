// Two pointers from both ends; at the first mismatch the extra tile is one of the two facing
// tiles, so check whether either remaining inner part is symmetric. O(length) per row.
#include <iostream>
#include <string>

static bool symmetric(const std::string& s, int i, int j) {
    while (i < j) {
        if (s[i] != s[j]) return false;
        i++;
        j--;
    }
    return true;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    std::cin >> t;
    std::string s, out;
    while (t--) {
        std::cin >> s;
        int i = 0, j = (int)s.size() - 1;
        while (i < j && s[i] == s[j]) {
            i++;
            j--;
        }
        bool ok = i >= j || symmetric(s, i + 1, j) || symmetric(s, i, j - 1);
        out += ok ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
