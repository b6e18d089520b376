# WRONG: writes the whole chant out with string repetition and indexes it, which is fine for short chants but runs out of memory (or time) once the written-out text is huge; fails on sample 02 (and 06, 07, 09, 10, 13).
import sys


def main():
    data = sys.stdin.read().split()
    s, q = data[0], int(data[1])
    ks = [int(x) for x in data[2:2 + q]]
    stack = [[]]
    mults = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while s[j].isdigit():
                j += 1
            mults.append(int(s[i:j]))
            stack.append([])
            i = j + 1
        elif c == "]":
            body = "".join(stack.pop())
            stack[-1].append(body * mults.pop())
            i += 1
        else:
            stack[-1].append(c)
            i += 1
    text = "".join(stack[0])
    print("".join(text[k - 1] for k in ks))


main()
