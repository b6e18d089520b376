import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1:2 * n + 1:2]))
    ends = sorted(map(int, data[2:2 * n + 2:2]))
    # Sweep the starts in order; every meeting that ended at or before a start
    # has freed its room (half-open intervals: end == start does not overlap).
    busy = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            busy -= 1
        busy += 1
        if busy > best:
            best = busy
    print(best)


main()
