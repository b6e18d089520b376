# WRONG: counts mismatched facing pairs and allows one, which answers "can one tile be repainted?" rather than "taken out", so "abc" gets YES; caught by sample 02 (and 03, 04, 05, 06, 09, 10).
import sys


def can_fix(s):
    bad = sum(1 for i in range(len(s) // 2) if s[i] != s[-1 - i])
    return bad <= 1


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    sys.stdout.write("".join("YES\n" if can_fix(s) else "NO\n" for s in data[1:1 + t]))


main()
