// The answer is n minus the length of the longest prefix of s that is a palindrome. A prefix of
// s is a palindrome exactly when it equals a suffix of reverse(s), so it is the longest border of
// s + '#' + reverse(s) (the '#' stops a border from running past s): one KMP prefix function, O(n).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s;
    std::cin >> s;
    std::string r(s.rbegin(), s.rend());
    std::string t = s + '#' + r;
    std::vector<int> pi(t.size(), 0);
    for (size_t i = 1; i < t.size(); i++) {
        int k = pi[i - 1];
        while (k > 0 && t[i] != t[k]) k = pi[k - 1];
        if (t[i] == t[k]) k++;
        pi[i] = k;
    }
    std::cout << s.size() - pi.back() << "\n";
    return 0;
}
