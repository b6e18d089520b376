# WRONG: keeps only a SET of the species in the window, so dropping the left hide forgets its species even when another hide of that species is still inside; caught by sample 01 (and 02, 08, 09, 10, 11, 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = data[1:1 + n]
    need = len(set(a))
    inside = set()
    best_len, best_start = n + 1, 0
    left = 0
    for right in range(n):
        inside.add(a[right])
        while len(inside) == need:
            if right - left + 1 < best_len:
                best_len, best_start = right - left + 1, left
            inside.discard(a[left])
            left += 1
    print(best_start + 1, best_start + best_len)


main()
