"""Prints the input of test N for "count-the-islands": python3 generator/gen.py N"""
import random
import sys

HAND = {
    1: "4 5\n##..#\n#..##\n..#..\n.###.\n",
    2: "3 4\n....\n....\n....\n",
    3: "1 1\n#\n",
    4: "1 1\n.\n",
    5: "5 7\n" + "#######\n" * 5,
    7: "1 12\n#.##.###.#.#\n",
    8: "9 1\n#\n#\n.\n#\n.\n.\n#\n#\n#\n",
    9: "7 9\n#.#..#.#.\n#.#..###.\n###......\n.........\n#####.#.#\n#...#.###\n#####....\n",
    10: "7 7\n#######\n#.....#\n#.###.#\n#.#.#.#\n#.###.#\n#.....#\n#######\n",
}


def fmt(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "".join(row + "\n" for row in rows)


def checkerboard(r, c):
    return ["".join("#" if (i + j) % 2 == 0 else "." for j in range(c)) for i in range(r)]


def snake(r, c):
    """Full land rows joined alternately at the right and the left end: one long winding island."""
    rows = []
    for i in range(r):
        if i % 2 == 0:
            rows.append("#" * c)
        elif (i // 2) % 2 == 0:
            rows.append("." * (c - 1) + "#")
        else:
            rows.append("#" + "." * (c - 1))
    return rows


def spiral(n):
    """A one-cell-wide path winding inwards, with water between its turns: one island."""
    g = [["."] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    g[0][0] = "#"
    while True:
        moved = False
        for _ in range(2):
            nr, nc, fr, fc = r + dr, c + dc, r + 2 * dr, c + 2 * dc
            if (0 <= nr < n and 0 <= nc < n and g[nr][nc] == "."
                    and not (0 <= fr < n and 0 <= fc < n and g[fr][fc] == "#")):
                r, c = nr, nc
                g[r][c] = "#"
                moved = True
                break
            dr, dc = dc, -dr  # turn clockwise
        if not moved:
            return ["".join(row) for row in g]


def comb(r, c):
    """Teeth pointing up from a solid bottom row: one island with many top-left corners."""
    rows = ["".join("#" if j % 2 == 0 else "." for j in range(c)) for _ in range(r - 1)]
    return rows + ["#" * c]


def random_chart(rng, r, c, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(c)) for _ in range(r)]


def gen(t):
    if t in HAND:
        return HAND[t]
    rng = random.Random(4000 + t)
    if t == 6:  # land touching only at corners
        return fmt(checkerboard(6, 7))
    if t == 11:
        return fmt(random_chart(rng, 50, 80, 0.5))
    if t == 12:  # a long winding path
        return fmt(spiral(401))
    if t == 13:  # many top-left corners, one island
        return fmt(comb(300, 1000))
    if t == 14:  # maximum size: one snake-shaped island about 500000 cells long
        return fmt(snake(1000, 1000))
    if t == 15:  # maximum size, random chart near the percolation threshold
        return fmt(random_chart(rng, 1000, 1000, 0.55))
    raise SystemExit(f"no test {t}")


if __name__ == "__main__":
    sys.stdout.write(gen(int(sys.argv[1])))
