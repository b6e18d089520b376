# Slow: merges each booking into the timetable built so far by scanning every slot already in it, O(n^2) when the slots stay apart. Times out on test 10 (100000 separate slots, then one that covers them all) and on test 11.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    table = []
    for i in range(n):
        s, e = vals[2 * i], vals[2 * i + 1]
        keep = []
        for a, b in table:
            if a <= e and s <= b:  # shares a moment: absorb it
                s = min(s, a)
                e = max(e, b)
            else:
                keep.append((a, b))
        keep.append((s, e))
        table = keep
    table.sort()
    out = [str(len(table))] + [f"{a} {b}" for a, b in table]
    sys.stdout.write("\n".join(out) + "\n")


main()
