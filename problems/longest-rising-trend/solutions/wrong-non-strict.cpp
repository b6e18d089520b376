// WRONG: uses upper_bound, so an equal price extends a trend (non-decreasing instead of strictly rising). Caught by test 02 (and 06, 07, 10, 11).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> tails;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        auto it = upper_bound(tails.begin(), tails.end(), x);
        if (it == tails.end())
            tails.push_back(x);
        else
            *it = x;
    }
    printf("%d\n", (int)tails.size());
    return 0;
}
