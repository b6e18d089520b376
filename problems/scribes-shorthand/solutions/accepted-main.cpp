// Parse the shorthand with a stack into a tree of groups (a group = multiplier + children, a
// child being a letter or a group), computing every length saturated at CAP = 2e18 > max k.
// For a query, descend from the root: inside a group reduce k modulo the length of one copy
// (a saturated copy is longer than any k), then walk the children to the one holding k.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

const long long CAP = 2000000000000000000LL;

long long sat_add(long long a, long long b) { return a + b >= CAP ? CAP : a + b; }
long long sat_mul(long long a, long long b) { return a > CAP / b ? CAP : (a * b >= CAP ? CAP : a * b); }

struct Group {
    long long mult = 1;
    long long inner = 0;            // length of one copy, saturated
    std::vector<int> child;         // >= 0: group index; < 0: letter -(c + 1)
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
            i++;  // '['
            g.push_back(Group());
            g.back().mult = m;
            int id = g.size() - 1;
            g[open.back()].child.push_back(id);
            open.push_back(id);
        } else if (c == ']') {
            int id = open.back();
            open.pop_back();
            g[open.back()].inner = sat_add(g[open.back()].inner, sat_mul(g[id].inner, g[id].mult));
            i++;
        } else {
            g[open.back()].child.push_back(-(c - 'a' + 1));
            g[open.back()].inner = sat_add(g[open.back()].inner, 1);
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
        while (!found) {
            const Group& gr = g[cur];
            if (gr.inner < CAP) k = (k - 1) % gr.inner + 1;
            for (int ch : gr.child) {
                long long len = ch < 0 ? 1 : sat_mul(g[ch].inner, g[ch].mult);
                if (k <= len) {
                    if (ch < 0) found = 'a' + (-ch - 1);
                    else cur = ch;
                    break;
                }
                k -= len;
            }
        }
        out += found;
    }
    printf("%s\n", out.c_str());
    return 0;
}
