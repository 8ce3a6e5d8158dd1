#!/usr/bin/env python3
"""Writes the expected outputs for PySyntaxErrorFormatTest, printed by CPython 3.11 itself.

    python3 tools/gen-syntaxerror-format-cases.py src/test/resources/syntaxerror/format.txt

Each line: TYPE LINENO OFFSET END_LINENO END_OFFSET TEXT_HEX OUTPUT_HEX, where the hex fields
are UTF-8 ("-" for a text of None, "~" for an empty string) and OUTPUT is what the default
sys.excepthook prints for SyntaxError(msg, (filename, ...)) of those fields (the same code
that reports a SyntaxError ending a script).
"""
import io
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/syntaxerror/format.txt"
rnd = random.Random(20231121)
pieces = ["a", "b", " ", "\t", "\f", "é", "日", "😀", "\n", "x = 1", "(", "\r", "  ", "\x00",
          "abcdef", "\v", "    "]


def text():
    if rnd.random() < 0.05:
        return None
    t = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8)))
    if rnd.random() < 0.6:
        t += "\n"
    return t


def num():
    if rnd.random() < 0.1:
        return rnd.randrange(-3, 1)
    return rnd.randrange(1, 20)


def hexed(s):
    return "-" if s is None else (s.encode("utf-8").hex() or "~")


with open(out, "w", encoding="ascii") as f:
    for _ in range(2000):
        t = text()
        ln = rnd.randrange(1, 4)
        off = num()
        eln = ln + rnd.choice([0, 0, 0, 1, 2, -1])
        eoff = num()
        cls = rnd.choice([SyntaxError, SyntaxError, IndentationError, TabError])
        e = cls("msg here", ("f.py", ln, off, t, eln, eoff))
        buf = io.StringIO()
        old = sys.stderr
        sys.stderr = buf
        try:
            sys.__excepthook__(cls, e, None)
        finally:
            sys.stderr = old
        f.write("%s %d %d %d %d %s %s\n" % (cls.__name__, ln, off, eln, eoff, hexed(t), hexed(buf.getvalue())))
