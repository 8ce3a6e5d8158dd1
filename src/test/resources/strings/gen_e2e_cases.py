"""Expected results for StringsTest's end-to-end cases, from python3 (3.11): for each source in
e2e_cases.txt and unit_cases.txt, ast.dump(ast.parse(src), include_attributes=True) or the
SyntaxError's fields. Writes e2e_expected.txt: blocks of "case <enc(src)>" (or "bcase" for a
source given as bytes), then
"ok <enc(dump)>" or "err <enc(msg)> lineno offset end_lineno end_offset", then "end".

Run from the repository root: python3 src/test/resources/strings/gen_e2e_cases.py
"""
import ast
import os
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def enc(s):
    return ''.join(c if ' ' < c < '\x7f' and c != '\\' else '\\{%X}' % ord(c) for c in s)


def sources(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for raw in f:
            raw = raw.rstrip('\n')
            if raw and not raw.startswith('#'):
                yield ast.literal_eval(raw)


def main():
    out = []
    warnings.simplefilter('ignore')
    for src in list(sources('e2e_cases.txt')) + list(sources('unit_cases.txt')):
        # A bytes literal is a source given as bytes (e.g. with invalid UTF-8): "bcase", each
        # byte as one character.
        out.append('bcase ' + enc(src.decode('latin-1')) if isinstance(src, bytes) else 'case ' + enc(src))
        try:
            out.append('ok ' + enc(ast.dump(ast.parse(src), include_attributes=True)))
        except SyntaxError as e:
            out.append('err %s %s %s %s %s' % (enc(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset))
        out.append('end')
    with open(os.path.join(HERE, 'e2e_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


main()
