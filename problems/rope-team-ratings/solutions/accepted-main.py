import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    # Contribution of every team, assigned to its RIGHTMOST minimum this time: for index i,
    # L = previous index with a value <= a[i], R = next index with a value < a[i].
    left = [-1] * n
    right = [n] * n
    st = []
    for i in range(n):
        while st and a[st[-1]] > a[i]:
            right[st.pop()] = i
        left[i] = st[-1] if st else -1
        st.append(i)
    # P[k] = a[0] + ... + a[k-1];  Q[k] = P[0] + ... + P[k-1]   (exact integers, then mod)
    P = [0] * (n + 1)
    for k in range(n):
        P[k + 1] = P[k] + a[k]
    Q = [0] * (n + 2)
    for k in range(n + 1):
        Q[k + 1] = Q[k] + P[k]
    total = 0
    for i in range(n):
        lo, hi = left[i], right[i]
        # teams [l, r] with lo < l <= i <= r < hi; sum(l..r) = P[r+1] - P[l]
        sum_right = Q[hi + 1] - Q[i + 1]   # sum of P[r+1] for r in i..hi-1
        sum_left = Q[i + 1] - Q[lo + 1]    # sum of P[l] for l in lo+1..i
        total += a[i] * ((i - lo) * sum_right - (hi - i) * sum_left)
    print(total % MOD)


main()
