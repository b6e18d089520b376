import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    words = data[1:1 + n]
    q = int(data[1 + n])
    queries = data[2 + n:2 + n + q]
    # Trie with its edges in one dict: key node * 128 + letter -> child node.
    # count[v] = how many inserted words pass through node v.
    edges = {}
    count = [0]
    for w in words:
        v = 0
        for c in w:
            key = v * 128 + c
            nxt = edges.get(key)
            if nxt is None:
                nxt = len(count)
                edges[key] = nxt
                count.append(0)
            count[nxt] += 1
            v = nxt
    out = []
    for p in queries:
        v = 0
        for c in p:
            v = edges.get(v * 128 + c)
            if v is None:
                break
        out.append(0 if v is None else count[v])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
