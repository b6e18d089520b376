# WRONG: lowers the number of circles at every event between two different members, without checking that they are already in one circle. Caught by test 02 (and 06, 07, 10).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    circles = n
    out = []
    for i in range(m):
        a = int(data[2 + 2 * i])
        b = int(data[3 + 2 * i])
        if a != b:
            circles -= 1
        out.append(max(circles, 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
