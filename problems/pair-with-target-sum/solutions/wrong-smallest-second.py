# WRONG: the classic one-pass "seen" map returns the pair whose SECOND position is smallest, not the one whose first position is smallest; caught by test 05 (and 08, 11, 12, 14).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    seen = {}
    for j in range(n):
        i = seen.get(t - a[j])
        if i is not None:
            print(i + 1, j + 1)
            return
        if a[j] not in seen:
            seen[a[j]] = j
    print(-1)


main()
