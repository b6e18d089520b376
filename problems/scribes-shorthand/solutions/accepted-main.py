import sys

CAP = 2 * 10**18  # larger than any position asked about


def main():
    data = sys.stdin.read().split()
    s, q = data[0], int(data[1])
    ks = [int(x) for x in data[2:2 + q]]
    # groups[g] = [multiplier, length of one copy (capped), children]; a child is a group
    # number (int) or a letter (str). Group 0 is the whole text, repeated once.
    groups = [[1, 0, []]]
    open_groups = [0]
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isdigit():
            j = i
            while s[j].isdigit():
                j += 1
            groups.append([int(s[i:j]), 0, []])
            gid = len(groups) - 1
            groups[open_groups[-1]][2].append(gid)
            open_groups.append(gid)
            i = j + 1
        elif c == "]":
            gid = open_groups.pop()
            m, inner, _ = groups[gid]
            parent = groups[open_groups[-1]]
            parent[1] = min(CAP, parent[1] + min(CAP, m * inner))
            i += 1
        else:
            top = groups[open_groups[-1]]
            top[2].append(c)
            top[1] = min(CAP, top[1] + 1)
            i += 1

    out = []
    for k in ks:
        cur = 0
        while True:
            _, inner, children = groups[cur]
            if inner < CAP:
                k = (k - 1) % inner + 1
            for ch in children:
                if isinstance(ch, str):
                    if k == 1:
                        out.append(ch)
                        break
                    k -= 1
                else:
                    length = min(CAP, groups[ch][0] * groups[ch][1])
                    if k <= length:
                        cur = ch
                        break
                    k -= length
            else:
                raise AssertionError("position beyond the text")
            if isinstance(ch, str):
                break
    print("".join(out))


main()
