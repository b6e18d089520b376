"""Prints the input of test N: `python3 generator/gen.py N`. Deterministic (fixed seeds)."""
import random
import sys

OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}

HAND = {
    1: "{[()()]}",   # balanced, nested and side by side
    2: "([)]",       # crossed pairs
    3: "",           # empty line
    4: ")",          # closing with nothing open
    5: "(",          # never closed
    6: ")(",         # counts match, order does not
    7: "[()]{}{",    # one left open at the end
    8: "(]",         # wrong kind
    9: "()[]{}",     # side by side
}


def balanced(rng, length):
    """A random balanced line of the given (even) length."""
    out, stack, opens_left = [], [], length // 2
    for _ in range(length):
        if opens_left and (not stack or rng.random() < 0.5):
            c = rng.choice(OPEN)
            stack.append(c)
            out.append(c)
            opens_left -= 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def cross(rng, s, lo):
    """Swap two adjacent closing brackets of different kinds at or after position lo,
    which crosses two pairs but keeps every per-kind count right."""
    s = list(s)
    ks = [k for k in range(lo, len(s) - 1)
          if s[k] in ")]}" and s[k + 1] in ")]}" and s[k] != s[k + 1]]
    k = rng.choice(ks)
    s[k], s[k + 1] = s[k + 1], s[k]
    return "".join(s)


def gen(n):
    if n in HAND:
        return HAND[n] + "\n"
    rng = random.Random(2000 + n)
    if n == 10:  # medium, one crossing
        return cross(rng, balanced(rng, 2000), 0) + "\n"
    if n == 11:  # medium, balanced
        return balanced(rng, 5000) + "\n"
    if n == 12:  # maximum length, nested 50000 deep
        opens = [rng.choice(OPEN) for _ in range(50000)]
        return "".join(opens) + "".join(CLOSE[c] for c in reversed(opens)) + "\n"
    if n == 13:  # maximum length, one crossing near the end
        return cross(rng, balanced(rng, 100000), 99000) + "\n"
    if n == 14:  # maximum length, balanced
        return balanced(rng, 100000) + "\n"
    if n == 15:  # maximum length, balanced then two left open
        return balanced(rng, 99998) + "((\n"
    if n == 16:  # maximum length, 50000 side-by-side pairs
        return "".join(rng.choice(["()", "[]", "{}"]) for _ in range(50000)) + "\n"
    raise SystemExit(f"no test {n}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
