"""Prints the input of test N for "scribes-shorthand": python3 generator/gen.py N (fixed seeds)."""
import random
import sys

CAP = 2 * 10**18
KMAX = 10**18


def written_length(s):
    """Length of the written-out text, saturated at CAP."""
    stack = [[0, 1]]  # [length so far, multiplier]
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while s[j].isdigit():
                j += 1
            stack.append([0, int(s[i:j])])
            i = j + 1  # skip '['
            continue
        if c == "]":
            inner, m = stack.pop()
            stack[-1][0] = min(CAP, stack[-1][0] + min(CAP, inner * m))
        else:
            stack[-1][0] = min(CAP, stack[-1][0] + 1)
        i += 1
    return stack[0][0]


def fmt(s, ks):
    return f"{s}\n{len(ks)}\n{' '.join(map(str, ks))}\n"


def with_queries(rng, s, extra=()):
    top = min(written_length(s), KMAX)
    assert all(1 <= k <= top for k in extra)
    ks = list(extra) + [top]
    while len(ks) < 10:
        ks.append(rng.randint(1, top))
    return fmt(s, ks[:10])


def random_text(rng, budget, letters, max_mult, depth=0):
    parts = []
    size = 0
    while size < budget:
        if depth < 12 and rng.random() < 0.3 and budget - size > 8:
            inner = random_text(rng, rng.randint(1, max(1, (budget - size) // 2)), letters, max_mult, depth + 1)
            piece = f"{rng.randint(1, max_mult)}[{inner}]"
        else:
            piece = rng.choice(letters)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)


HAND = {
    1: ("2[ab3[c]]d", [1, 3, 6, 7, 11]),
    2: ("x12[yz]1000000000[1000000000[ok]]", [1, 2, 25, 26, 27, 1000000000000000000]),
    3: ("a", [1]),
    4: ("5[abc]", [3, 6, 9, 15, 1, 2]),  # positions at the end of a repetition
    5: ("12[ab]c100[x]y", [24, 25, 26, 125, 126, 23]),
}


def gen(t):
    if t in HAND:
        return fmt(*HAND[t])
    rng = random.Random(7800 + t)
    if t == 6:  # 58 nested doublings: 2^59 + 2 letters, below 10^18, no saturation
        s = "q" + "2[" * 58 + "ab" + "]" * 58 + "z"
        return with_queries(rng, s, [1, 2, 2**59 + 1, 2**59 + 2, 2**58, 2**58 + 1])
    if t == 7:  # lengths overflow 64-bit arithmetic many times over
        s = "1000000000[1000000000[1000000000[ab]c]d]" + "e"
        return with_queries(rng, s, [10**18, 10**18 - 1, 2 * 10**9 + 1, 2 * 10**9 + 2, 999999999999999999])
    if t == 8:  # random shorthand, small numbers
        return with_queries(rng, random_text(rng, 1000, "abcde", 9))
    if t == 9:  # maximum length: 8333 nested groups of 10^9 around a short passage
        levels = 8333
        s = "1000000000[" * levels + "xy" + "]" * levels
        return with_queries(rng, s, [1, 2, 3, 10**18])
    if t == 10:  # maximum length, random, numbers of every size
        s = random_text(rng, 99000, "abcdefghij", 10**9)
        return with_queries(rng, s)
    if t == 11:  # 25000 nested groups repeated once, each starting with a letter (length 100000)
        levels = 25000
        letters = "abcdefghijklmnopqrstuvwxyz"
        s = "".join("1[" + letters[i % 26] for i in range(levels)) + "]" * levels
        return with_queries(rng, s, [1, levels, levels // 2, 1])
    if t == 12:  # a long flat row of small groups inside one big repetition
        body = "".join(f"{rng.randint(1, 9)}[{rng.choice('xyz')}{rng.choice('xyz')}]" for _ in range(15000))
        s = f"7[{body}]w"
        return with_queries(rng, s)
    if t == 13:  # the true length is 2^65 + 1; kept exactly in 64 bits it wraps round to 1
        s = "2[65536[65536[65536[65536[xy]]]]]z"
        return with_queries(rng, s, [1, 2, 3, 4])
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
