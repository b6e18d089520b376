// WRONG: reverses the whole line, then each word, and squeezes runs of spaces to one, but never trims the ends, so "  a b  " gives " b a "; caught by test 02 (and 04, 06, 09, 10, 11, 12).
#include <algorithm>
#include <iostream>
#include <string>

int main() {
    std::string line;
    std::getline(std::cin, line);
    std::reverse(line.begin(), line.end());
    size_t n = line.size();
    for (size_t i = 0; i < n;) {
        if (line[i] == ' ') { i++; continue; }
        size_t j = i;
        while (j < n && line[j] != ' ') j++;
        std::reverse(line.begin() + i, line.begin() + j);
        i = j;
    }
    std::string out;
    for (size_t i = 0; i < n; i++)
        if (line[i] != ' ' || out.empty() || out.back() != ' ') out += line[i];
    std::cout << out << '\n';
    return 0;
}
