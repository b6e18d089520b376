// WRONG: uses a stack but never checks that it is empty at the end, so brackets left open pass; caught by test 05 (and 07, 15).
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::string line;
    std::getline(std::cin, line);
    std::vector<char> stack;
    for (char c : line) {
        if (c == '(' || c == '[' || c == '{') {
            stack.push_back(c);
        } else if (c == ')' || c == ']' || c == '}') {
            char open = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (stack.empty() || stack.back() != open) {
                std::cout << "NO\n";
                return 0;
            }
            stack.pop_back();
        }
    }
    std::cout << "YES\n";
    return 0;
}
