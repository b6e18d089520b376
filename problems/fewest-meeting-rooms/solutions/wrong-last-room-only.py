# WRONG: greedy that only checks whether the room opened last is free, instead of the room that frees first (needs a heap); it opens rooms when an older room is already free. Caught by test 08, built for it (and by 01, 02, 07, 09, 10, 11, 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
    rooms = []  # end time of each room's last meeting
    for s, e in meetings:
        if rooms and rooms[-1] <= s:
            rooms[-1] = e
        else:
            rooms.append(e)
    print(len(rooms))


main()
