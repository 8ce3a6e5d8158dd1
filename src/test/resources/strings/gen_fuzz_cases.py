"""Random f-string and string-literal sources for StringsTest's end-to-end check, with
python3's (3.11) results. Deterministic: a fixed seed. Writes fuzz_expected.txt in the format of
e2e_expected.txt.

Run from the repository root: python3 src/test/resources/strings/gen_fuzz_cases.py
"""
import ast
import os
import random
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3110
COUNT = 1500
R = random.Random(SEED)


def enc(s):
    return ''.join(c if ' ' < c < '\x7f' and c != '\\' else '\\{%X}' % ord(c) for c in s)


# Pieces of literal text, expressions, and whole fields (valid and not).
LIT = ['a', 'bc', ' ', 'é', '€', '😀', '\\n', '\\t', '\\x41', '\\u00e9', '\\N{DIGIT ONE}', '\\d', '{{', '}}', '\\\\', '\\{', '\\}', '\\\n', '\n', '\\N{', '\\xZ', '}', '{', '\\0', '\\777', "'", '"', '#', '!', ':', '=']
EXPR = ['x', ' x ', 'x.y', 'f(x)', 'x[1]', 'x[1:2]', 'x!=y', 'x==y', 'x<=y', 'a if b else c', '(x)', '[x]', '{x}', '{x: y}', 'x,y', '*x,', 'lambda: 1', '(lambda: 1)', 'x:=1', '(x:=1)',
        '"s"', "'s'", '"""s"""', "'''s'''", 'f"{x}"', "f'{x}'", 'x\n+y', '\nx', '  \n  x', 'x\n', '"é"', 'é', 'b"x"', 'f"""{x}\n"""', 'f"""\n{x}"""', '"""a\nb"""', "f'''{x}\n'''", '(x\n,\ny)', 'f"{x:{y}}"', ' f"""{\nx}""" + y', 'yield', 'x for x in y', '', ' ', '#', 'x#', '\\', 'x\\n', '(', ')', ']', 'x(', 'x)', '"', "'", '3', '3.', 'x y', '$', 'x!', 'not x', '-x', '...']


def field(depth):
    s = '{' + R.choice(EXPR)
    if R.random() < 0.2: s += R.choice(['=', ' = ', '= '])
    if R.random() < 0.3: s += '!' + R.choice(['r', 's', 'a', 'x', '', ' r', 'rr'])
    if R.random() < 0.3:
        s += ':'
        for _ in range(R.randint(0, 3)):
            s += R.choice(['>10', 'x', '', '\\n', 'é']) if R.random() < 0.6 or depth > 2 else field(depth + 1)
    if R.random() < 0.95: s += '}'
    return s


def fstr():
    q = R.choice(["'", '"', "'''", '"""'])
    p = R.choice(['f', 'F', 'rf', 'fr', 'Rf', 'fR', '', 'r', 'u', 'b', 'rb'])
    body = ''
    for _ in range(R.randint(0, 4)):
        body += R.choice(LIT) if R.random() < 0.5 else field(0)
    if len(q) == 1: body = body.replace('\n', '')
    return p + q + body + q


def main():
    warnings.simplefilter('ignore')
    out = []
    for _ in range(COUNT):
        parts = [fstr() for _ in range(R.randint(1, 3))]
        src = 'x = ' + ' '.join(parts) + R.choice(['', ' + 1', '\n', ')'])
        if R.random() < 0.3:
            src = 'x = (\n' + '\n  '.join(parts) + ')\n'
        try:
            r = 'ok ' + enc(ast.dump(ast.parse(src), include_attributes=True))
        except SyntaxError as e:
            r = 'err %s %s %s %s %s' % (enc(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        out += ['case ' + enc(src), r, 'end']
    with open(os.path.join(HERE, 'fuzz_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


main()
