# ast.parse and ast.dump over every kind of statement and expression; the classes themselves.
import ast

SOURCE = '''\
"""module docstring"""
from __future__ import annotations
import os.path as osp, sys
from .pkg import (a as b, c)
x: int = 1
y = z = [1, 2.5, 3j, 'str', b'bytes', None, True, ..., -4]
del y[0], z.attr
x += 2; x **= 2
@decorator(arg)
class C(Base, metaclass=Meta):
    attr: 'str'
    def method(self, a, /, b=1, *args, c, d=2, **kw) -> None:
        global g
        nonlocal_thing = lambda q, *, r=3: q + r
        return (yield from gen()) if a else (yield a)
async def co(x):
    async with lock as held, other:
        await x
    async for i in aiter:
        pass
    return [j async for j in aiter if j]
for i, (j, k) in enumerate(pairs):
    if i < j <= k is not None or not i and j in k:
        break
    elif i:
        continue
    else:
        pass
else:
    assert i, f"{i!r:>{width}} and {j=} {{braces}}"
while (n := next(it)) > 0:
    try:
        raise ValueError('bad') from None
    except (ValueError, TypeError) as e:
        pass
    except Exception:
        raise
    else:
        pass
    finally:
        print(n)
try:
    pass
except* OSError as eg:
    pass
with open('f') as fh:
    data = fh.read()[1:-1:2], fh[...], fh[a, b:c]
s = {a for a in range(3)} | {1, 2}
d = {k: v for k, v in items} or {**base, 'k': ~1 >> 2 << 3 & 4 ^ 5 | 6 // 7 % 8 @ m}
g = (i * i for i in range(10) if i % 2 for _ in 'ab')
call(*args, key=value, **kwargs)
match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case {"x": 0, **rest}:
        pass
    case Point(x=0, y=0) as origin if origin:
        pass
    case [1, 2, *others]:
        pass
    case None | True | "s" | -1 | 1.5 + 2j:
        pass
    case _:
        pass
'''

tree = ast.parse(SOURCE)
print(ast.dump(tree, indent=1))
print(ast.dump(tree.body[4], include_attributes=True))
print(ast.dump(ast.parse('αβ = "é"; x = 1'), include_attributes=True))
print(ast.dump(ast.parse('f"{x}" + "y"', mode='eval'), include_attributes=True, indent=2))
print(ast.dump(ast.parse('x = 1\n', mode='single')))
print(ast.dump(ast.parse('(int, *str) -> None', mode='func_type')))
print(ast.dump(ast.parse('1 + 2', mode='eval'), annotate_fields=False))
print(ast.dump(compile('pass', '<s>', 'exec', ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b'# coding: latin-1\nx = "\xe9"')))
try:
    ast.parse('x = (', '<file>')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno)
try:
    ast.dump('not a node')
except TypeError as e:
    print('TypeError', e)

# Shared singletons: every Load in a parsed tree is one object.
t = ast.parse('a; b = c')
print(t.body[0].value.ctx is t.body[1].value.ctx, ast.Load() is ast.Load())
print(type(t.body[0].value.ctx).__name__, isinstance(t.body[1].targets[0].ctx, ast.Store))

# The classes: hierarchy, fields, attributes, docs, defaults.
for cls in [ast.AST, ast.mod, ast.Module, ast.stmt, ast.FunctionDef, ast.expr, ast.Name,
            ast.Constant, ast.expr_context, ast.Load, ast.operator, ast.Add, ast.cmpop,
            ast.excepthandler, ast.ExceptHandler, ast.arguments, ast.arg, ast.keyword,
            ast.alias, ast.withitem, ast.match_case, ast.pattern, ast.MatchAs,
            ast.type_ignore, ast.TypeIgnore, ast.comprehension]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields,
          getattr(cls, '_attributes', None), cls.__match_args__ if cls is not ast.AST else ())
for cls in [ast.expr, ast.Name, ast.operator, ast.Load, ast.arguments, ast.pattern, ast.TypeIgnore,
            ast.type_ignore, ast.excepthandler, ast.mod, ast.Pass]:
    print(repr(cls.__doc__))
print(ast.Return().value, ast.Name().end_lineno, ast.arg().annotation, ast.pattern.__dict__.get('end_lineno', 'none'))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
names = sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST))
print(len(names), names)
