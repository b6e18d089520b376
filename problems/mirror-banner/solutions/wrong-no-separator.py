# WRONG: runs the prefix function on s + reverse(s) without a separator, so a border can run past the end of s and the answer can even go negative; caught by test 04 (one letter repeated), test 14 and test 15.
import sys


def main():
    s = sys.stdin.readline().strip()
    t = s + s[::-1]
    pi = [0] * len(t)
    for i in range(1, len(t)):
        k = pi[i - 1]
        while k > 0 and t[i] != t[k]:
            k = pi[k - 1]
        if t[i] == t[k]:
            k += 1
        pi[i] = k
    print(len(s) - pi[-1])


main()
