import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0] + [int(x) for x in data[1:1 + n]]
    # gen[i] = generation of i, found by walking up to the first person already known and
    # filling in the path on the way back, so every person is visited a constant number of times
    gen = [0] * (n + 1)
    for i in range(1, n + 1):
        if parent[i] == 0:
            gen[i] = 1
    for i in range(1, n + 1):
        path = []
        v = i
        while gen[v] == 0:
            path.append(v)
            v = parent[v]
        g = gen[v]
        for u in reversed(path):
            g += 1
            gen[u] = g
    top = max(gen[1:])
    print(top, gen.count(top))


main()
