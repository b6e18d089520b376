// WRONG: keeps a single depth counter for all kinds, so a bracket may be closed by another kind, as in "(]"; caught by test 08 (and 02, 10, 13).
#include <iostream>
#include <string>

int main() {
    std::string line;
    std::getline(std::cin, line);
    long depth = 0;
    for (char c : line) {
        if (c == '(' || c == '[' || c == '{') depth++;
        else if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0) {
                std::cout << "NO\n";
                return 0;
            }
        }
    }
    std::cout << (depth == 0 ? "YES\n" : "NO\n");
    return 0;
}
