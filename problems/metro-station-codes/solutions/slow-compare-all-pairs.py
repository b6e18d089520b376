# SLOW: compares each name with every other name to find the longest shared start, O(n^2) comparisons; right on the small tests but far too slow on tests 09, 10 and 14 (8 000-12 000 names).
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    names = data[1:1 + n]
    out = []
    for i, w in enumerate(names):
        longest = 0
        for j, v in enumerate(names):
            if i == j:
                continue
            k = 0
            lim = min(len(w), len(v))
            while k < lim and w[k] == v[k]:
                k += 1
            if k > longest:
                longest = k
        out.append(w[:longest + 1] if longest < len(w) else "-")
    sys.stdout.write("\n".join(out) + "\n")


main()
