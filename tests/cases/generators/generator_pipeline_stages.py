def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code


def tokenize(lines):
    for n, line in enumerate(lines, 1):
        for tok in line.split():
            yield n, tok


source = """x = 1  # set x
# full comment
y = x + 2

print ( y )
"""
tokens = list(tokenize(strip_comments(read_lines(source))))
print(tokens)
print(sum(1 for _ in tokenize(strip_comments(read_lines(source)))))
by_line = {}
for n, tok in tokens:
    by_line.setdefault(n, []).append(tok)
print(by_line)
