import sys


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    t = sorted(map(int, data[2:2 + n]), reverse=True)  # long jobs first: failures show early
    lower = max(t[0], -(-sum(t) // k))  # no schedule can finish before this

    # Upper bound from the greedy "longest job to the least busy crew".
    loads = [0] * k
    for x in t:
        loads[loads.index(min(loads))] += x
    best = max(loads)

    loads = [0] * k
    suffix = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] + t[i]

    def search(i, current_max):
        nonlocal best
        if i == n:
            best = current_max  # only reached when current_max < best
            return best == lower
        x = t[i]
        tried = set()
        for c in range(k):
            load = loads[c]
            if load in tried or load + x >= best:
                continue  # same load as a crew already tried, or no improvement possible
            tried.add(load)
            loads[c] = load + x
            done = search(i + 1, max(current_max, load + x))
            loads[c] = load
            if done:
                return True
        return False

    if best > lower:
        search(0, 0)
    print(best)


main()
