import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = data[1:1 + n]  # codes as byte strings: hashing them is enough
    need = len(set(a))
    count = {}
    have = 0  # species with a positive count inside the window [left, right]
    best_len, best_start = n + 1, 0
    left = 0
    for right in range(n):
        c = count.get(a[right], 0)
        if c == 0:
            have += 1
        count[a[right]] = c + 1
        while have == need:
            if right - left + 1 < best_len:  # strictly shorter: ties keep the earlier start
                best_len, best_start = right - left + 1, left
            x = a[left]
            count[x] -= 1
            if count[x] == 0:
                have -= 1
            left += 1
    print(best_start + 1, best_start + best_len)


main()
