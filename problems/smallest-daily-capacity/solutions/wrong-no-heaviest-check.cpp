// Wrong: binary-searches from capacity 1 instead of the heaviest parcel, and its day count quietly loads a parcel heavier than the truck on a day of its own, so it can answer a capacity below the heaviest parcel. Caught by test 04 (one day per parcel) and test 06.
#include <cstdio>
#include <vector>

static int daysNeeded(const std::vector<long long>& w, long long cap) {
    int days = 1;
    long long load = 0;
    for (long long x : w) {
        if (load + x > cap) {
            ++days;
            load = x;  // never checks x <= cap
        } else {
            load += x;
        }
    }
    return days;
}

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    std::vector<long long> w(n);
    long long hi = 0;
    for (auto& x : w) {
        scanf("%lld", &x);
        hi += x;
    }
    long long lo = 1;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (daysNeeded(w, mid) <= d) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
