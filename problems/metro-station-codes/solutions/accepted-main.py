import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    names = data[1:1 + n]
    # Trie of dicts; count[node] = how many names pass through that node (begin with its prefix).
    children = [{}]
    count = [0]
    for w in names:
        node = 0
        for ch in w:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                count.append(0)
            node = nxt
            count[node] += 1
    out = []
    for w in names:
        node = 0
        code = "-"
        for i, ch in enumerate(w):
            node = children[node][ch]
            if count[node] == 1:  # only this name begins with w[:i+1]
                code = w[:i + 1]
                break
        out.append(code)
    sys.stdout.write("\n".join(out) + "\n")


main()
