"""A toy tokenizer: string handling, regular expressions, generators."""
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    line: int
    column: int


SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()=]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
PATTERN = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in SPEC))
KEYWORDS = frozenset({"let", "print"})


def tokenize(text):
    line, start = 1, 0
    for m in PATTERN.finditer(text):
        kind, value = m.lastgroup, m.group()
        column = m.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NAME" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line, start = line + 1, m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"{value!r} unexpected on line {line}")
        yield Token(kind, value, line, column)


def escape(s: str) -> str:
    table = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", "'": "\\'"}
    return "'" + "".join(table.get(c, c) for c in s) + "'"


if __name__ == "__main__":
    source = '''
let x = 3.5 * (y + 2)
print x
'''
    for tok in tokenize(source):
        print(f"{tok.line:>3}:{tok.column:<3} {tok.kind:10} {escape(str(tok.text))}")
