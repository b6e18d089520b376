# Wrong: only checks each reading against the first reading of the window (|a[r] - a[l]| <= K), not the true max - min; in 3 1 5 with K = 2 both 1 and 5 are within 2 of 3 but differ by 4. Caught by sample 01 and by test 06, built for it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    left = 0
    best = 0
    for right in range(n):
        while abs(a[right] - a[left]) > k:
            left += 1
        best = max(best, right - left + 1)
    print(best)


main()
