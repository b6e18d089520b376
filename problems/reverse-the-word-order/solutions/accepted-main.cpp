// Two pointers from the end of the line: i finds the end of the next word, j its start.
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string line, out;
    std::getline(std::cin, line);
    out.reserve(line.size() + 1);
    long i = (long)line.size() - 1;
    while (true) {
        while (i >= 0 && line[i] == ' ') i--;
        if (i < 0) break;
        long j = i;
        while (j >= 0 && line[j] != ' ') j--;
        if (!out.empty()) out += ' ';
        out.append(line, j + 1, i - j);
        i = j;
    }
    out += '\n';
    std::cout << out;
    return 0;
}
