# WRONG: uses "strictly smaller" on both sides of the monotonic stack, so a team whose minimum appears twice is counted once for each copy; caught by sample 02 (and 04, 05, 08, 11, 12, 13).
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    left = [-1] * n
    right = [n] * n
    st = []
    for i in range(n):
        while st and a[st[-1]] >= a[i]:
            st.pop()
        left[i] = st[-1] if st else -1
        st.append(i)
    st = []
    for i in range(n - 1, -1, -1):
        while st and a[st[-1]] >= a[i]:
            st.pop()
        right[i] = st[-1] if st else n
        st.append(i)
    P = [0] * (n + 1)
    for k in range(n):
        P[k + 1] = P[k] + a[k]
    Q = [0] * (n + 2)
    for k in range(n + 1):
        Q[k + 1] = Q[k] + P[k]
    total = 0
    for i in range(n):
        lo, hi = left[i], right[i]
        total += a[i] * ((i - lo) * (Q[hi + 1] - Q[i + 1]) - (hi - i) * (Q[i + 1] - Q[lo + 1]))
    print(total % MOD)


main()
