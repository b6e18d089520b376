// WRONG: prints the newline only after a word, so a line without words gives no output at all instead of an empty line; caught by test 03 (and 04, 12).
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
    for (size_t k = words.size(); k-- > 0;) {
        std::cout << words[k];
        std::cout << (k == 0 ? "\n" : " ");
    }
    return 0;
}
