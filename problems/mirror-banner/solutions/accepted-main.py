import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    # Manacher on s with separators: t = ^#s0#s1#...#s(n-1)#$ ; rad[i] = palindrome radius in t.
    t = "^#" + "#".join(s) + "#$"
    m = len(t)
    rad = [0] * m
    center = right = 0
    for i in range(1, m - 1):
        if i < right:
            r = rad[2 * center - i]
            if r > right - i:
                r = right - i
        else:
            r = 0
        while t[i + r + 1] == t[i - r - 1]:
            r += 1
        rad[i] = r
        if i + r > right:
            center, right = i, i + r
    # The palindrome centred at i in t covers s from index (i - 1 - rad[i]) // 2 and has length
    # rad[i]; it is a prefix of s when it starts at index 0, i.e. i - rad[i] == 1.
    best = max(rad[i] for i in range(1, m - 1) if i - rad[i] == 1)
    print(n - best)


main()
