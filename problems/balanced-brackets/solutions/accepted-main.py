import sys


def main():
    line = sys.stdin.readline().strip()
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in line:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != match[c]:
            print("NO")
            return
    print("NO" if stack else "YES")


main()
