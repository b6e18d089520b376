// WRONG: keeps the longest prefix whose polynomial hash equals the hash of its reverse, both computed modulo 2^64 (unsigned overflow); on Thue-Morse words these hashes collide for every odd base, so it thinks the whole word mirrors. Caught by test 09 and test 12.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s;
    std::cin >> s;
    size_t n = s.size();
    const unsigned long long B = 131;
    // forward[L] = hash of s[0..L) read left to right; backward[L] = hash of s[0..L) read right to left
    std::vector<unsigned long long> pw(n + 1, 1);
    for (size_t i = 1; i <= n; i++) pw[i] = pw[i - 1] * B;
    unsigned long long forward = 0, backward = 0;
    size_t best = 1;
    for (size_t L = 1; L <= n; L++) {
        unsigned long long c = (unsigned long long)(s[L - 1] - 'a' + 1);
        forward = forward * B + c;
        backward = backward + c * pw[L - 1];
        if (forward == backward) best = L;
    }
    std::cout << n - best << "\n";
    return 0;
}
