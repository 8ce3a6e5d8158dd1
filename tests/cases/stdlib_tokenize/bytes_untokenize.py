import io
import tokenize
import token

for src in [b'x = 1\n', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n', b'#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\ny\n',
            b'\n\n# coding: ascii\n', b'', b'\xef\xbb\xbf', b'x\n# coding: latin-1\n']:
    print(tokenize.detect_encoding(io.BytesIO(src).readline))
    toks = list(tokenize.tokenize(io.BytesIO(src).readline))
    for t in toks:
        print(' ', t)
    print(' untokenize:', tokenize.untokenize(toks))
    print(' compat:', tokenize.untokenize(t[:2] for t in toks))
for bad in [b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: nope\n', b'\xff\xfe\n', b'#\n\xff\n']:
    try:
        print(tokenize.detect_encoding(io.BytesIO(bad).readline))
    except SyntaxError as e:
        print('SyntaxError', e)
src = '''def f(x):
    if x:
        return [1,
                2]  # c
    else:
        return {'a': x}
'''
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
print(tokenize.untokenize(toks) == src)
try:
    tokenize.untokenize([(token.NAME, 'a', (2, 0), (2, 1), ''), (token.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
print(token.tok_name[token.OP], token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), token.N_TOKENS, token.NT_OFFSET)
print(len(token.EXACT_TOKEN_TYPES), token.EXACT_TOKEN_TYPES['**='], sorted(tokenize.__all__)[:10])
t = tokenize.TokenInfo(token.OP, '+=', (1, 0), (1, 2), 'x')
print(t, t.exact_type, t._replace(string='-=').exact_type, tokenize.TokenInfo(token.OP, '?', (1, 0), (1, 1), '').exact_type)
with open('tok_sample.py', 'wb') as f:
    f.write(b'# coding: latin-1\ns = "\xe9"\n')
with tokenize.open('tok_sample.py') as f:
    print(f.encoding, f.mode, repr(f.read()))
import os
os.remove('tok_sample.py')
