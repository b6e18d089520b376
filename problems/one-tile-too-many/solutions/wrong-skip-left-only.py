# WRONG: at the first mismatch it only tries taking out the left tile, never the right one, so "abac" gets NO; caught by test 03 (and 04, 05, 06, 10).
import sys


def can_fix(s):
    i, j = 0, len(s) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    if i >= j:
        return True
    a = s[i + 1:j + 1]
    return a == a[::-1]


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    sys.stdout.write("".join("YES\n" if can_fix(s) else "NO\n" for s in data[1:1 + t]))


main()
