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


def run(src):
    tree = ast.parse(src)
    *body, last = tree.body
    env = {}
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
