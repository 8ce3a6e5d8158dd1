#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Command-line tool: argument parsing, file handling, error handling."""
import argparse
import os
import sys


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="count", description=__doc__)
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    p.add_argument("-l", "--lines", action="store_true", help="count lines")
    p.add_argument("-w", "--words", action="store_true")
    p.add_argument("--encoding", default="utf-8")
    return p.parse_args(argv)


def count(stream, *, lines=False, words=False):
    n_lines = n_words = n_chars = 0
    for line in stream:
        n_lines += 1
        n_words += len(line.split())
        n_chars += len(line)
    if lines:
        return n_lines
    elif words:
        return n_words
    else:
        return n_chars


def main(argv=None) -> int:
    args = parse_args(argv)
    status = 0
    for path in args.paths:
        try:
            if path == "-":
                result = count(sys.stdin, lines=args.lines, words=args.words)
            else:
                with open(path, encoding=args.encoding, errors="replace") as fh:
                    result = count(fh, lines=args.lines, words=args.words)
        except FileNotFoundError:
            print(f"count: {path}: no such file", file=sys.stderr)
            status = 1
        except (PermissionError, IsADirectoryError) as exc:
            print(f"count: {path}: {exc.strerror}", file=sys.stderr)
            status = 1
        else:
            print(f"{result:8d} {path}")
        finally:
            sys.stdout.flush()
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
