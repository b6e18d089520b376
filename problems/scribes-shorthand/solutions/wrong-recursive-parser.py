# WRONG: a recursive-descent parser, one Python call per nesting level, which overflows the recursion limit on deeply nested text; crashes on test 09 (8333 levels) and test 11 (25000 levels).
import sys

CAP = 2 * 10**18


def main():
    data = sys.stdin.read().split()
    s, q = data[0], int(data[1])
    ks = [int(x) for x in data[2:2 + q]]
    pos = 0

    def parse_seq():
        """Returns (length of one copy capped, children) up to the matching ']' or the end."""
        nonlocal pos
        children = []
        length = 0
        while pos < len(s) and s[pos] != "]":
            c = s[pos]
            if c.isdigit():
                j = pos
                while s[j].isdigit():
                    j += 1
                m = int(s[pos:j])
                pos = j + 1
                inner, kids = parse_seq()
                pos += 1  # ']'
                node = (m, inner, kids)
                children.append(node)
                length = min(CAP, length + min(CAP, m * inner))
            else:
                children.append(c)
                length = min(CAP, length + 1)
                pos += 1
        return length, children

    root = (1,) + parse_seq()
    out = []
    for k in ks:
        node = root
        letter = None
        while letter is None:
            _, inner, children = node
            if inner < CAP:
                k = (k - 1) % inner + 1
            for ch in children:
                if isinstance(ch, str):
                    if k == 1:
                        letter = ch
                        break
                    k -= 1
                else:
                    length = min(CAP, ch[0] * ch[1])
                    if k <= length:
                        node = ch
                        break
                    k -= length
        out.append(letter)
    print("".join(out))


main()
