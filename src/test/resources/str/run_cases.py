#!/usr/bin/env python3
"""Runs each case of NAME.cases with CPython and writes NAME.out: "case<TAB>result" per line.

A case is Python statements separated by ';' whose last one is an expression; StrCasesTest runs
it with Taipan's compiler and VM. The result is repr() of the value, or "ExceptionName:
str(exception)"; backslashes are doubled and newlines written as \\n. prelude.py is run first
(both here and in Taipan), so cases may use the helper classes it defines.
Usage:  python3 run_cases.py [NAME ...]   (the regen script runs it for every NAME.cases)
"""
import ast, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'prelude.py'), encoding='utf-8') as f:
    PRELUDE = f.read()


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
    return text.replace('\\', '\\\\').replace('\n', '\\n')


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
