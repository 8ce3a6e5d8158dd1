import argparse
import io
import sys


def run(parser, args):
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


p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
a = sub.add_parser('add', help='add files', aliases=['stage'])
a.add_argument('paths', nargs='+')
sub.add_parser('status')
p.print_help()
for args in [['commit', '-m', 'msg'], ['--debug', 'add', 'x', 'y'], ['stage', 'z'], ['status'],
             [], ['push'], ['commit'], ['commit', '-h'], ['add', '-h'], ['status', 'extra'],
             ['commit', '-m', 'x', '--bad']]:
    run(p, args)

r = argparse.ArgumentParser(prog='tool')
s = r.add_subparsers(title='commands', description='the commands', required=True, dest='cmd')
s.add_parser('one').add_argument('n', type=int)
s.add_parser('two')
r.print_help()
run(r, [])
run(r, ['one', '5'])
run(r, ['one', 'five'])

m = argparse.ArgumentParser(prog='mx')
grp = m.add_mutually_exclusive_group(required=True)
grp.add_argument('--a', action='store_true')
grp.add_argument('--b', type=int)
m.add_argument('pos', nargs='?', default='dflt')
m.add_argument('--long-option-name', dest='lon', default=3, type=int,
               help='default is %(default)s, type %(type)s')
section = m.add_argument_group('extra', 'Extra options described here.')
section.add_argument('--x', help=argparse.SUPPRESS)
section.add_argument('--y', choices=range(3), type=int, help='one of %(choices)s')
m.print_help()
for args in [['--a'], ['--b', '2', 'p'], [], ['--a', '--b', '1'], ['--y', '5', '--a'],
             ['--long', '7', '--a'], ['--long-option-name=8', '--a']]:
    run(m, args)

d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description='Raw?\n   text   here', add_help=False)
d.add_argument('--size', default=10, help='the size')
d.add_argument('--name', default='x')
d.add_argument('items', nargs='*', default=[1], help='items')
d.print_help()
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='line one\n  line two', usage='%(prog)s [opts]')
raw.add_argument('--z', help='keep\n  these lines')
raw.print_help()
print(raw.parse_known_args(['--z', '1', 'extra', '--unknown']))
print(repr(d)[:60])
for bad in [dict(args=('x',), kwargs=dict(required=True)), dict(args=('-x',), kwargs=dict(action='nope')),
            dict(args=('bad',), kwargs=dict(dest='y')), dict(args=('-x', 'y'), kwargs={}),
            dict(args=('--size',), kwargs={})]:
    try:
        d.add_argument(*bad['args'], **bad['kwargs'])
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
big = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping')
for i in range(12):
    big.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
big.add_argument('input')
big.add_argument('output', nargs='?')
print(big.format_usage(), end="")
