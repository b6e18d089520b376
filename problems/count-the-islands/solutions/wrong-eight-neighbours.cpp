// Wrong: also joins land cells that touch only at a corner (8 neighbours instead of 4). Caught by sample 01, by test 06 (a checkerboard) and by the random tests 11 and 15.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int r, c;
    if (!(std::cin >> r >> c)) return 0;
    const int w = c + 2;
    std::vector<char> land((size_t)w * (r + 2), 0);
    std::string row;
    for (int i = 0; i < r; ++i) {
        std::cin >> row;
        for (int j = 0; j < c; ++j) land[(size_t)(i + 1) * w + j + 1] = (row[j] == '#');
    }
    const int step[8] = {1, -1, w, -w, w + 1, w - 1, -w + 1, -w - 1};
    std::vector<int> stack;
    int islands = 0;
    for (size_t start = 0; start < land.size(); ++start) {
        if (!land[start]) continue;
        ++islands;
        land[start] = 0;
        stack.push_back((int)start);
        while (!stack.empty()) {
            int p = stack.back();
            stack.pop_back();
            for (int s : step) {
                int q = p + s;
                if (land[q]) {
                    land[q] = 0;
                    stack.push_back(q);
                }
            }
        }
    }
    printf("%d\n", islands);
    return 0;
}
