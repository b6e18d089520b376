// WRONG: keeps exact lengths in 64-bit integers without capping them, so nested large numbers overflow and the descent goes to the wrong place; caught by test 09, test 10 and test 13 (a length of 2^65 + 1 that wraps round to 1).
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

struct Group {
    long long mult = 1;
    long long inner = 0;
    std::vector<int> child;
};

int main() {
    static char buf[100005];
    if (scanf("%100004s", buf) != 1) return 0;
    int n = strlen(buf);
    std::vector<Group> g(1);
    std::vector<int> open{0};
    for (int i = 0; i < n;) {
        char c = buf[i];
        if (c >= '0' && c <= '9') {
            long long m = 0;
            while (buf[i] >= '0' && buf[i] <= '9') m = m * 10 + (buf[i++] - '0');
            i++;
            g.push_back(Group());
            g.back().mult = m;
            int id = g.size() - 1;
            g[open.back()].child.push_back(id);
            open.push_back(id);
        } else if (c == ']') {
            int id = open.back();
            open.pop_back();
            g[open.back()].inner += g[id].inner * g[id].mult;
            i++;
        } else {
            g[open.back()].child.push_back(-(c - 'a' + 1));
            g[open.back()].inner += 1;
            i++;
        }
    }
    int q;
    scanf("%d", &q);
    std::string out;
    while (q--) {
        long long k;
        scanf("%lld", &k);
        int cur = 0;
        char found = 0;
        int guard = 0;
        while (!found && guard++ < 200000) {
            const Group& gr = g[cur];
            if (gr.inner > 0) k = (k - 1) % gr.inner + 1;
            bool moved = false;
            for (int ch : gr.child) {
                long long len = ch < 0 ? 1 : g[ch].inner * g[ch].mult;
                if (k <= len) {
                    if (ch < 0) found = 'a' + (-ch - 1);
                    else cur = ch;
                    moved = true;
                    break;
                }
                k -= len;
            }
            if (!moved) break;
        }
        out += found ? found : '?';
    }
    printf("%s\n", out.c_str());
    return 0;
}
