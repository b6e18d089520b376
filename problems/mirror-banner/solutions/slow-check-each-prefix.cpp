// SLOW: checks the prefixes from the longest down, each by comparing letters from both ends, O(n^2) when long prefixes fail only near their middle; right answers, but times out on test 10 (also over the limit on 14).
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s;
    std::cin >> s;
    int n = s.size();
    for (int L = n; L >= 1; L--) {
        bool mirror = true;
        for (int i = 0, j = L - 1; i < j; i++, j--)
            if (s[i] != s[j]) {
                mirror = false;
                break;
            }
        if (mirror) {
            std::cout << n - L << "\n";
            return 0;
        }
    }
    return 0;
}
