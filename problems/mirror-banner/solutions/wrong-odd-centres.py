# WRONG: only grows palindromes around single letters (odd lengths), forgetting even-length ones such as "abba"; caught by test 05 ("abbac") and test 11 (and 04, 06, 08, 09, 12, 14, 15).
import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    # Manacher's odd-length half: d[i] = number of odd palindromes centred at i.
    d = [0] * n
    left, right = 0, -1
    best = 1
    for i in range(n):
        k = 1 if i > right else min(d[left + right - i], right - i + 1)
        while i - k >= 0 and i + k < n and s[i - k] == s[i + k]:
            k += 1
        d[i] = k
        if i + k - 1 > right:
            left, right = i - k + 1, i + k - 1
        if i - k + 1 == 0:
            best = max(best, 2 * k - 1)
    print(n - best)


main()
