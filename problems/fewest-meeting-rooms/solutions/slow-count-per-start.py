# SLOW: O(n^2): for every meeting counts the meetings running at its start moment; right answers, but far too slow on test 11 (n = 100 000).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = list(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
    best = 0
    for s, _ in meetings:
        running = 0
        for a, b in meetings:
            if a <= s < b:
                running += 1
        best = max(best, running)
    print(best)


main()
