#!/usr/bin/env python3
"""Runs each case of NAME.cases with CPython and writes NAME.out: "case<TAB>result" per line.

A case is Python statements separated by ';' whose last one is an expression (see MiniPy.java
for the subset Taipan's test evaluator understands). The result is repr() of the value, or
"ExceptionName: str(exception)"; newlines are written as \\n and object addresses as 0x?.
Run with PYTHONHASHSEED=0 (the regen script does):  python3 run_cases.py [NAME ...]
"""
import ast, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ADDR = re.compile(r'0x[0-9a-f]{6,}')


# Helper classes the cases may use; MiniBuiltins.java defines the same ones for Taipan.
PRELUDE = """
class SeqOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 10
        raise IndexError(i)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Flt:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class Key:
    def __init__(self, h, name): self.h = h; self.name = name
    def __hash__(self): return self.h
    def __eq__(self, other): return isinstance(other, Key) and self.name == other.name
    def __repr__(self): return self.name
class Rec:
    def __init__(self, v, log): self.v = v; self.log = log
    def __lt__(self, other):
        self.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return 'Rec(%r)' % (self.v,)
def unpack(x, n):
    ns = {'x': x}
    exec(', '.join(f'v{i}' for i in range(n)) + ', = x', ns)
    return [ns[f'v{i}'] for i in range(n)]
def unpack_ex(x, before, after):
    names = [f'v{i}' for i in range(before)] + ['*s'] + [f'w{i}' for i in range(after)]
    ns = {'x': x}
    exec(', '.join(names) + ', = x', ns)
    return [ns[f'v{i}'] for i in range(before)] + [ns['s']] + [ns[f'w{i}'] for i in range(after)]
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, other): raise ValueError('bad eq')
    def __repr__(self): return 'BadEq'
"""


def run(src):
    tree = ast.parse(src)
    *body, last = tree.body
    env = {}
    exec(PRELUDE, env)
    try:
        exec(compile(ast.Module(body=body, type_ignores=[]), '<case>', 'exec'), env)
        if isinstance(last, ast.Expr):
            value = eval(compile(ast.Expression(last.value), '<case>', 'eval'), env)
        else:
            exec(compile(ast.Module(body=[last], type_ignores=[]), '<case>', 'exec'), env)
            value = None
        text = repr(value)
    except Exception as e:
        text = f'{type(e).__name__}: {e}'
    return ADDR.sub('0x?', text.replace('\\', '\\\\').replace('\n', '\\n'))


def main(names):
    if not names:
        names = sorted(f[:-6] for f in os.listdir(HERE) if f.endswith('.cases'))
    for name in names:
        out = []
        with open(os.path.join(HERE, name + '.cases'), encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                out.append(line + '\t' + run(line))
        with open(os.path.join(HERE, name + '.out'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
