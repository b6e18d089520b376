# WRONG: pops towers of the same height as if they were lower, so a later tower loses sight of an equal tower further back; "3 3 3" gives 2 instead of 3. Caught by sample 02 (and 01, 08, 10, 11, 12, 13).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    st = []
    pairs = 0
    for x in data[1:1 + n]:
        h = int(x)
        while st and st[-1] <= h:
            st.pop()
            pairs += 1
        if st:
            pairs += 1
        st.append(h)
    print(pairs)


main()
