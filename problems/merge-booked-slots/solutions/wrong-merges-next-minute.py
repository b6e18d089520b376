# Wrong: also merges slots that only sit next to each other on whole minutes (s <= end + 1), so [1, 3] and [4, 5] become [1, 5]. Caught by sample 01 and by test 06.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    slots = sorted(zip(vals[0::2], vals[1::2]))
    merged = []
    cur_s, cur_e = slots[0]
    for s, e in slots[1:]:
        if s <= cur_e + 1:
            cur_e = max(cur_e, e)
        else:
            merged.append(f"{cur_s} {cur_e}")
            cur_s, cur_e = s, e
    merged.append(f"{cur_s} {cur_e}")
    sys.stdout.write(f"{len(merged)}\n" + "\n".join(merged) + "\n")


main()
