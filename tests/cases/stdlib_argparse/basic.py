import argparse
import io
import sys


def run(parser, args):
    """parse_args with stdout/stderr captured; SystemExit reported as a status."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = "exit %s" % e.code
    finally:
        sys.stdout, sys.stderr = saved
    print(args, "->", result)
    if out.getvalue():
        print("[stdout]", out.getvalue(), sep="\n", end="")
    if err.getvalue():
        print("[stderr]", err.getvalue(), sep="\n", end="")


p = argparse.ArgumentParser(prog='prog', description='A test program that does things.',
                            epilog='The end.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE',
               help='where to write the output of this very long help text that needs wrapping across lines')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-n', type=int, required=True)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_mutually_exclusive_group()
g.add_argument('--yes', action='store_true')
g.add_argument('--no', action='store_true')
p.print_help()
print(p.format_usage(), end="")
for args in [['a', 'b', '-vv', '-n', '3', '--mode', 'slow'], ['a', '-n3', '-v', '--verb'],
             ['-n', '1', '--output=x.txt', 'f'], ['-n', 'x', 'f'], ['f'], ['-n', '1'],
             ['-n', '1', 'f', '--mode', 'medium'], ['-n', '1', 'f', '--yes', '--no'],
             ['-n', '1', 'f', '--bogus'], ['-n', '1', 'f', '--ver'], ['--version'], ['-h'],
             ['-n', '1', '--', '-f'], ['-n'], ['-n', '1', 'f', '-o'], ['-vvv', '-n', '2', 'x', 'y']]:
    run(p, args)

q = argparse.ArgumentParser(prog='q')
q.add_argument('x', type=float)
q.add_argument('rest', nargs='*')
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--pair', nargs=2, metavar=('A', 'B'))
q.add_argument('--items', action='append', type=int)
q.add_argument('--ext', action='extend', nargs='+')
q.add_argument('--flag', action='store_false')
q.add_argument('--const', action='store_const', const=42)
q.add_argument('--ac', action='append_const', const='k')
q.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='a switch')
q.print_help()
for args in [['1.5'], ['2', 'a', 'b', '--opt'], ['3', '--opt', 'val', '--pair', 'p', 'q'],
             ['4', '--items', '1', '--items', '2', '--ext', 'a', 'b', '--ext', 'c'],
             ['5', '--flag', '--const', '--ac', '--ac', '--no-bool'], ['nan?'], ['-1'],
             ['6', '--pair', 'only'], ['7', '--items', 'x']]:
    run(q, args)
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
