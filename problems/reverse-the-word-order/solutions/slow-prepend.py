# SLOW: builds the answer by putting each word in front of the answer so far, which copies the whole answer every time, O(length^2); too slow on test 10 (10^6 characters, short words).
import sys


def main():
    line = sys.stdin.readline().rstrip("\n")
    result = ""
    for word in line.split():
        result = word if not result else word + " " + result
    print(result)


main()
