# WRONG: stores the logged words in a set, so a word logged several times is counted once. Caught by test 02 (and 05, 06, 07, 08, 09, 10, 11).
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    words = sorted(set(data[1:1 + n]))
    q = int(data[1 + n])
    out = []
    for p in data[2 + n:2 + n + q]:
        # the words starting with p form one block of the sorted list
        out.append(bisect_left(words, p + b"{") - bisect_left(words, p))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
