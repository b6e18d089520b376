# WRONG: sorts the names and measures the shared start only against the NEXT name in sorted order, forgetting the previous one; caught by sample 01 (plaza gets "p" instead of "pl") and test 07.
import sys


def lcp(a, b):
    k = 0
    while k < len(a) and k < len(b) and a[k] == b[k]:
        k += 1
    return k


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    names = data[1:1 + n]
    order = sorted(names)
    code = {}
    for i, w in enumerate(order):
        shared = lcp(w, order[i + 1]) if i + 1 < n else 0
        code[w] = w[:shared + 1] if shared < len(w) else "-"
    sys.stdout.write("\n".join(code[w] for w in names) + "\n")


main()
