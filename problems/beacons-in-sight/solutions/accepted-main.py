import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = []  # stack: strictly falling heights
    counts = []   # counts[k]: how many towers of height heights[k] are still visible
    pairs = 0
    for x in data[1:1 + n]:
        h = int(x)
        while heights and heights[-1] < h:
            heights.pop()
            pairs += counts.pop()
        if heights and heights[-1] == h:
            pairs += counts[-1] + (1 if len(heights) > 1 else 0)
            counts[-1] += 1
        else:
            if heights:
                pairs += 1
            heights.append(h)
            counts.append(1)
    print(pairs)


main()
