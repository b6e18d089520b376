# WRONG: counts each kind of bracket separately (never below zero, zero at the end) and ignores the order between kinds, so crossed pairs like "([)]" pass; caught by test 02 (and 10, 13).
import sys


def main():
    line = sys.stdin.readline().strip()
    depth = {"(": 0, "[": 0, "{": 0}
    match = {")": "(", "]": "[", "}": "{"}
    for c in line:
        if c in depth:
            depth[c] += 1
        else:
            depth[match[c]] -= 1
            if depth[match[c]] < 0:
                print("NO")
                return
    print("YES" if all(v == 0 for v in depth.values()) else "NO")


main()
