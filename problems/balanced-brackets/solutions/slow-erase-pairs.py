# SLOW: deletes adjacent matched pairs "()", "[]", "{}" until none is left; each pass is O(n) and deep nesting needs n/2 passes, O(n^2); too slow on test 12 (depth 50000).
import sys


def main():
    line = sys.stdin.readline().strip()
    while True:
        shorter = line.replace("()", "").replace("[]", "").replace("{}", "")
        if len(shorter) == len(line):
            break
        line = shorter
    print("NO" if line else "YES")


main()
