import io
import tokenize

SOURCES = [
    'x = 1\n',
    'x = 1',
    'def f(a, b=2, *c, **d) -> int:\n    """doc"""\n    return a ** b // c @ d\n',
    'if x:\n    y = [1,\n         2]  # comment\n\n    # own line\n\tz = 3\nw = 4\n',
    "s = 'a' \"b\" r'c\\d' b'e' f'{x!r:>10}' Rb'\\x' u'\\u1234'\n",
    "t = '''multi\nline ''' + \"\"\"x\n\"\"\"\n",
    'n = 0x_1f + 0b1_0 + 0o7 + 1_000 + 1.5e-3 + .5 + 5. + 3j + 1.5J + 1e10 + 0 + 00\n',
    'a = b\\\n    + c\n',
    'x = $ ? !\n',
    "s = 'unterminated\nx = 1\n",
    "s = 'cont\\\ninued'\n",
    'async def g():\n    await x\n    async with y: pass\n',
    'match x:\n    case [1, *_]: pass\n',
    'a += 1; b -= 2; c *= 3; d **= 4; e //= 5; f >>= 6; g <<= 7; h @= 8; i := 9; j -> k; l != m; ...\n',
    '# only a comment',
    '# comment\n',
    '\n\n',
    '',
    'x = (1,\n# inside\n2)\n',
    'class C:\n    def m(self):\n        pass\n\n\n# trailing\n',
    'print("héllo", ñ, 名前)\n',
    'x = 1\r\ny = 2\r\n',
    '\x0cx = 1\n',
    'if 1:\n  x\n        y\n',
]
for src in SOURCES:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok, tok.exact_type)
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e)
for src in ['if 1:\n  x\n y\n', 'x = (1,\n', 's = """abc\n']:
    try:
        print(list(tokenize.generate_tokens(io.StringIO(src).readline))[-1])
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
