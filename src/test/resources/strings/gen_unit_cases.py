"""Expected results for StringsTest's unit cases (no real parser needed), from python3 (3.11).

Reads unit_cases.txt: one case per line, a Python string literal holding the source of a run of
string literals (replacement fields may only hold names). Writes unit_expected.txt, read by
StringsTest: for each case the STRING tokens and the token after them (from the tokenize module,
columns in UTF-8 bytes), then either the result in a compact form or the error, and the warnings.

Run from the repository root: python3 src/test/resources/strings/gen_unit_cases.py
"""
import ast
import io
import os
import tokenize
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def enc(s):
    return ''.join(c if ' ' < c < '\x7f' and c != '\\' else '\\{%X}' % ord(c) for c in s)


def loc(n):
    return '%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


class Unsupported(Exception):
    pass


def dump(n):
    if isinstance(n, ast.Constant):
        if isinstance(n.value, bytes):
            v = "b'" + enc(n.value.decode('latin-1')) + "'"
        else:
            v = "s'" + enc(n.value) + "'"
        return 'C(%s,%s,%s)' % (v, n.kind or '-', loc(n))
    if isinstance(n, ast.JoinedStr):
        return 'J(%s)[%s]' % (loc(n), ';'.join(dump(v) for v in n.values))
    if isinstance(n, ast.FormattedValue):
        spec = dump(n.format_spec) if n.format_spec else '-'
        return 'F(%s,%d,%s,%s)' % (dump(n.value), n.conversion, spec, loc(n))
    if isinstance(n, ast.Name):
        return 'N(%s,%s)' % (n.id, loc(n))
    raise Unsupported(type(n).__name__)


def byte_col(lines, row, col):
    return len(lines[row - 1][:col].encode('utf-8'))


def tokens(src):
    """STRING tokens of the run, and the next token, with byte columns."""
    lines = src.splitlines(True)
    strs, after = [], None
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (tokenize.NL, tokenize.COMMENT) or t.type == tokenize.OP and t.string == '(':
            continue
        pos = (t.start[0], byte_col(lines, *t.start), t.end[0], byte_col(lines, *t.end))
        if t.type == tokenize.STRING and after is None:
            strs.append((t.string,) + pos)
        else:
            after = pos
            break
    return strs, after


def case(src):
    out = ['case ' + enc(src)]
    with_plus = src + ' + 0'
    strs, after = tokens(with_plus)
    for s in strs:
        out.append('tok %s %d %d %d %d' % ((enc(s[0]),) + s[1:]))
    out.append('la %d %d %d %d' % after)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(src)
            value = tree.body[0].value
            out.append('ok ' + enc(dump(value)))
        except SyntaxError:
            try:
                compile(with_plus, 'x.py', 'exec')
                raise AssertionError('no error with " + 0": ' + src)
            except SyntaxError as e:
                out.append('err %s %d %d %d %d' % (enc(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset))
    for w in ws:
        out.append('warn %s %s' % (w.category.__name__, enc(str(w.message))))
    out.append('end')
    return out


def main():
    lines = []
    with open(os.path.join(HERE, 'unit_cases.txt'), encoding='utf-8') as f:
        for raw in f:
            raw = raw.rstrip('\n')
            if not raw or raw.startswith('#'):
                continue
            src = ast.literal_eval(raw)
            try:
                lines += case(src)
            except Unsupported as u:
                raise SystemExit('case needs a real parser (%s): %r' % (u, src))
    with open(os.path.join(HERE, 'unit_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


main()
