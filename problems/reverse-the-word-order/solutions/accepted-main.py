import sys


def main():
    line = sys.stdin.buffer.readline()
    words = line.split()  # splits on runs of spaces and drops the empty pieces
    sys.stdout.buffer.write(b" ".join(reversed(words)) + b"\n")


main()
