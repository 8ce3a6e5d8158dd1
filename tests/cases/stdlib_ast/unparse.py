# ast.unparse over a broad mix of syntax: the text CPython 3.11 writes, and that it parses
# back to the same tree.
import ast

SNIPPETS = [
    "x = 1",
    "x = y = (1, 2)",
    "a, b = b, a",
    "x: int = 5\n(y): str\nz.w: list",
    "x += 1; y //= 2; z **= 3; m @= n",
    "del a, b[1], c.d",
    "import os, sys as system\nfrom . import a\nfrom ..b.c import (d as e, f)\nfrom x import *",
    "global a, b\nnonlocal c",
    "assert x, 'msg'\nassert y",
    "raise\nraise E\nraise E from None",
    "pass\nbreak\ncontinue",
    "return\nreturn x\nreturn 1, 2",
    "if a:\n    pass\nelif b:\n    x\nelif c:\n    y\nelse:\n    z",
    "if a:\n    pass\nelse:\n    if b:\n        x\n    y",
    "while x:\n    break\nelse:\n    pass",
    "for i in range(10):\n    continue\nelse:\n    done()",
    "for a, b in items: pass",
    "async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass",
    "with open(f) as g, h: pass",
    "with (a as b): pass",
    "try:\n    x\nexcept E as e:\n    y\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    z\nfinally:\n    w",
    "try:\n    x\nfinally:\n    y",
    "try:\n    x\nexcept* ValueError as e:\n    y\nexcept* (TypeError, KeyError):\n    z",
    "@dec\n@dec2(1)\ndef f(a, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a",
    "def f(a, b, /, c, *, d): pass",
    "def f(a=1, /, b=2, *c: int, d: str = 'x', **e: float): pass",
    "def f(*, a): pass\ndef g(**k): pass\ndef h(): pass",
    "class C(B, metaclass=M, **kw):\n    'doc'\n    x = 1\n    def m(self): pass",
    "class D: pass\nclass E(): pass",
    "x = 1\ndef f(): pass\ny = 2\nclass C: pass",
    "lambda: 0\nlambda x, *y, z=1, **w: x\nf(lambda x: (yield))",
    "x if y else z\n(x if y else z) if w else v\nx if (y if z else w) else v",
    "a and b or c and d\n(a or b) and c\nnot a and not (b or c)\na or (b or c)\n(a or b) or c",
    "a + b * c - d / e // f % g @ h\n(a + b) * c\na - (b - c)\n(a - b) - c",
    "a ** b ** c\n(a ** b) ** c\n-a ** b\n(-a) ** b\n-(a ** b)\n~a + +b - -c",
    "a << b >> c | d ^ e & f\n(a | b) & c\na | b | c",
    "a < b <= c == d != e > f >= g is h is not i in j not in k\n(a < b) < c\nnot a < b",
    "f(a, *b, c=1, **d)\nf(x for x in y)\nf((x for x in y), z)",
    "a.b.c\n1 .real\n1.5.real\n(1).real\n'a'.join\nf().g[1]",
    "a[1]\na[1:2]\na[::2]\na[1:2, 3]\na[()]\na[(1, 2)]\na[b:c:d, ...]\na[*b]",
    "[1, 2]\n(1,)\n()\n{1, 2}\nset()\n{}\n{1: 2, **d, 3: 4}\n{*a, *b}\n[*a, *b]",
    "[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x async for x in y)",
    "[x for x in (y if z else w)]\n[(x, y) for x, y in z]\n[x for x in y for z in x]",
    "x = yield\nx = yield y\nx = yield from z\nawait x\n(yield)",
    "(x := 5)\nif (n := len(a)) > 10: pass\nf(y := 1)",
    "print(*args, sep='')\nf(**{'a': 1})",
    "'a' 'b'\nb'x'\nu'text'\n'\\n\\t\\x00'\n\"it's\"\n'say \"hi\"'\n'''both ' and \"'''",
    "f'{x}'\nf'{x!r:>{width}}'\nf'{x:.2f} and {y!s}'\nf'{{literal}} {x}'\nf\"{x['key']}\"\nf'{ {1: 2}[1] }'",
    "f'{x}\\n'\nf'''{x}\n'''\nf'{a} {b!a}'\nf'{3.14:{w}.{p}}'",
    "1e309\n-1e309j\n1_000\n0x1F\n1.0\n2j\nTrue\nNone\n...\nEllipsis",
    "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=y) as p if y > 0:\n        pass\n    case (a, b) | [a, b]:\n        pass\n    case None | True | -1 | 1+2j:\n        pass\n    case str() | bytes():\n        pass\n    case _:\n        pass",
    "match p:\n    case Point(1, 2, z=3):\n        pass\n    case {**rest}:\n        pass\n    case [*_]:\n        pass\n    case (1 as one) | 2:\n        pass",
    "def gen():\n    x = yield 1\n    yield from range(3)\n    return x",
    "'''module doc'''\nimport x",
    "def f():\n    '''doc\n    more'''\n    return",
    "x = -1\ny = +x\nz = not x\nw = ~x\nv = - -x\nu = -(-x)",
    "a = b if c else d\na = (yield)\na = lambda: 1\nfor x in 1, 2: pass",
    "del (a, b)\ndel [c, d]\n(a, b) = c\n[a, b] = c\na, *b = c",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    again = ast.parse(text)
    print('round trip same tree:', ast.dump(again) == ast.dump(tree))
    print('-' * 20)

# Expressions alone, and nodes built by hand.
for src in ["1, 2", "(yield x)", "x := 1", "a if b else c", "*a", "lambda: (yield)"]:
    try:
        print(repr(ast.unparse(ast.parse(src, mode='eval').body)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, 'a', None))))
print(ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
for bad in [ast.Raise(exc=None, cause=ast.Name('x')), ast.YieldFrom(value=None)]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', e)
