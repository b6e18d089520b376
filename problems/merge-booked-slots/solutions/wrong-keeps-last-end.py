# Wrong: when merging, replaces the end of the current slot with the end of the new one instead of keeping the larger, so a slot nested inside a longer one cuts it short. Caught by test 04.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    slots = sorted(zip(vals[0::2], vals[1::2]))
    merged = []
    cur_s, cur_e = slots[0]
    for s, e in slots[1:]:
        if s <= cur_e:
            cur_e = e
        else:
            merged.append(f"{cur_s} {cur_e}")
            cur_s, cur_e = s, e
    merged.append(f"{cur_s} {cur_e}")
    sys.stdout.write(f"{len(merged)}\n" + "\n".join(merged) + "\n")


main()
