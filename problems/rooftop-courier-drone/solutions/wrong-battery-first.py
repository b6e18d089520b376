# WRONG: greedy in flight order: pays every climb with battery while it lasts and fires cartridges only when the battery cannot pay, so big early climbs waste the battery; caught by sample 01 (and 10 to 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, battery, c = int(data[0]), int(data[1]), int(data[2])
    h = list(map(int, data[3:3 + n]))
    for i in range(1, n):
        d = h[i] - h[i - 1]
        if d <= 0:
            continue
        if battery >= d:
            battery -= d
        elif c > 0:
            c -= 1
        else:
            print(i)
            return
    print(n)


main()
