# WRONG: counts only the choices of a mildest and a hottest pepper (j - i + 1 per mildest pepper), forgetting that any peppers rated in between may be added too; caught by sample 01 (and 05, 06, 08-12).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    h = sorted(map(int, data[2:2 + n]))
    ans = 0
    j = n - 1
    for i in range(n):
        while j >= i and h[i] + h[j] > t:
            j -= 1
        if j < i:
            break
        ans += j - i + 1
    print(ans % (10**9 + 7))


main()
