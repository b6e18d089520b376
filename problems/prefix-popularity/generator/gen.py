"""Prints the input of test N: python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "5\napple\napp\napply\nbanana\napp\n5\napp\nappl\nb\nc\napples\n",
    2: "3\ngo\ngo\ngopher\n4\ng\ngo\ngop\ngopherx\n",
    3: "1\nz\n1\nz\n",
    4: "3\na\nab\nabc\n5\nabcd\nb\nabcabc\nba\nzz\n",
}


def emit(words, queries):
    return "\n".join([str(len(words))] + words + [str(len(queries))] + queries) + "\n"


def rand_word(rng, letters, lo, hi):
    return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(3000 + t)
    if t == 5:
        # heavy repeats: each logged copy counts
        words = ["banana"] * 1000 + ["band"] * 500 + ["bandana"] * 7 + ["can"]
        rng.shuffle(words)
        queries = ["b", "ba", "ban", "bana", "banan", "banana", "band", "banda",
                   "bandana", "bandanas", "c", "can", "cab", "a"]
        return emit(words, queries)
    if t == 6:
        # one very long word (deep trie), logged three times, and a near copy
        w = rand_word(rng, "ab", 50000, 50000)
        near = w[:-1] + ("a" if w[-1] == "b" else "b")
        words = [w, near, w, w]
        queries = [w[:k] for k in (1, 2, 1000, 25000, 49999, 50000)]
        queries += [w + "a", near, "b" + w[:100]]
        return emit(words, queries)
    if t == 7:
        # two letters, short words: prefixes are shared by many words
        words = [rand_word(rng, "ab", 1, 12) for _ in range(2000)]
        queries = [rand_word(rng, "ab", 1, 6) for _ in range(2000)]
        return emit(words, queries)
    if t == 8:
        # maximum size: n = q = 100 000, total length 1 000 000, few letters
        words = [rand_word(rng, "abc", 1, 9) for _ in range(100000)]
        total = sum(map(len, words))
        room = 1000000 - total
        queries = []
        for i in range(100000):
            left = 100000 - i  # every remaining query needs at least one letter
            k = min(rng.randint(1, 9), room - (left - 1))
            queries.append(rand_word(rng, "abc", k, k))
            room -= k
        queries[-1] += rand_word(rng, "abc", room, room)  # use up the last letters
        return emit(words, queries)
    if t == 9:
        words = [rand_word(rng, "abcdefghijklmnopqrstuvwxyz", 1, 10) for _ in range(20000)]
        queries = []
        for _ in range(20000):
            if rng.random() < 0.7:
                w = rng.choice(words)
                queries.append(w[:rng.randint(1, len(w))])
            else:
                queries.append(rand_word(rng, "abcdefghijklmnopqrstuvwxyz", 1, 4))
        return emit(words, queries)
    if t == 10:
        words = [rand_word(rng, "abcdefghijklmnopqrstuvwxyz", 1, 5) for _ in range(10000)]
        queries = list("abcdefghijklmnopqrstuvwxyz") * 20
        rng.shuffle(queries)
        return emit(words, queries)
    if t == 11:
        # the same one-letter word logged 100 000 times
        words = ["a"] * 100000
        queries = ["a", "aa", "b", "a"]
        return emit(words, queries)
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
