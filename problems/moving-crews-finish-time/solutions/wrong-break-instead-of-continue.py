# WRONG: the search stops trying crews for a job as soon as one crew would reach the best finish time (break instead of continue), but the crews are not sorted by load, so a less busy crew further along is never tried; caught by sample 01 and test 08 (and 07, 09, 10, 11, 14).
import sys


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    t = sorted(map(int, data[2:2 + n]), reverse=True)
    lower = max(t[0], -(-sum(t) // k))
    loads = [0] * k
    for x in t:
        loads[loads.index(min(loads))] += x
    best = max(loads)
    loads = [0] * k

    def search(i, current_max):
        nonlocal best
        if i == n:
            best = current_max
            return best == lower
        x = t[i]
        tried = set()
        for c in range(k):
            load = loads[c]
            if load + x >= best:
                break
            if load in tried:
                continue
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
