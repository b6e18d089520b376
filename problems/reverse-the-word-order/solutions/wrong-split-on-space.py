# WRONG: splits on every single space, so runs of spaces leave empty words and the output keeps extra spaces; caught by test 02 (and 04, 06, 09, 10, 11, 12).
import sys


def main():
    line = sys.stdin.readline().rstrip("\n")
    print(" ".join(reversed(line.split(" "))))


main()
