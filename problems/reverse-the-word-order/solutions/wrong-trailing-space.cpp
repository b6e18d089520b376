// WRONG: prints every word followed by a space, so each line with a word ends in a space (a `tokens` checker would let it pass); caught by test 01 (and every test with a word).
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::string line, w;
    std::getline(std::cin, line);
    std::istringstream in(line);
    std::vector<std::string> words;
    while (in >> w) words.push_back(w);
    for (size_t k = words.size(); k-- > 0;) std::cout << words[k] << ' ';
    std::cout << '\n';
    return 0;
}
