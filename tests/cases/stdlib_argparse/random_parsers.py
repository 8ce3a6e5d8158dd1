# pseudo-random parsers: help layout at many widths, usage wrapping, parsing and errors
import argparse, os, io, sys
state = 99
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
words = ['alpha', 'beta', 'gamma-ray', 'x', 'input_file', 'a' * 15, 'out', 'verbose', 'n']
for t in range(90):
    os.environ['COLUMNS'] = str(rand(100) + 15)
    p = argparse.ArgumentParser(prog=['p', 'prog', 'a-much-longer-program-name'][rand(3)],
                                description=' '.join(words[rand(9)] for _ in range(rand(30))) or None,
                                add_help=rand(4) != 0)
    names = set()
    for i in range(rand(8)):
        w = words[rand(9)] + str(i)
        kind = rand(6)
        kw = {}
        if rand(2): kw['help'] = ' '.join(words[rand(9)] for _ in range(rand(20)))
        if kind == 0:
            kw['nargs'] = ['?', '*', '+', None, 2][rand(5)]
            p.add_argument(w, **kw)
        elif kind == 1:
            p.add_argument('--' + w, action='store_true', **kw)
        elif kind == 2:
            p.add_argument('-' + chr(97 + i), '--' + w, metavar=[None, 'VAL', 'V'][rand(3)], **kw)
        elif kind == 3:
            p.add_argument('--' + w, choices=['one', 'two', 'three'][:rand(3) + 1], required=rand(3) == 0, **kw)
        elif kind == 4:
            g = p.add_mutually_exclusive_group(required=rand(2) == 0)
            g.add_argument('--' + w + 'a', action='store_true')
            g.add_argument('--' + w + 'b', nargs=['?', '*', None][rand(3)])
        else:
            p.add_argument('--' + w, nargs=['?', '*', '+', 3][rand(4)], **kw)
    if rand(4) == 0:
        sub = p.add_subparsers(dest='cmd', help='commands' if rand(2) else None)
        for j in range(rand(3) + 1):
            sp = sub.add_parser('c%d' % j, help='help %d' % j if rand(2) else None)
            sp.add_argument('--z')
    print(t, os.environ['COLUMNS'])
    print(p.format_help())
    err = io.StringIO(); saved = sys.stderr; sys.stderr = err
    try:
        print(p.parse_args([words[rand(9)] for _ in range(rand(4))]))
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stderr = saved
    print(err.getvalue())
