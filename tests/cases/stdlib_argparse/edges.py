import argparse
import io
import sys


def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_known_args(args) if known else parser.parse_args(args)
    except SystemExit as e:
        result = "exit %s" % e.code
    except argparse.ArgumentError as e:
        result = "ArgumentError: %s" % e
    finally:
        sys.stdout, sys.stderr = saved
    print(args, "->", result)
    if out.getvalue():
        print("[stdout]", out.getvalue(), sep="\n", end="")
    if err.getvalue():
        print("[stderr]", err.getvalue(), sep="\n", end="")


p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=int)
p.add_argument('nums', nargs='*', type=int)
for args in [['-1', '-2'], ['-x', '-5', '3'], ['-x', '1', '--', '-7'], ['-x1', '2', '3']]:
    run(p, args)
p2 = argparse.ArgumentParser(prog='neg2')
p2.add_argument('-1', dest='one', action='store_true')
p2.add_argument('n', nargs='?')
for args in [['-1'], ['-2'], ['x']]:
    run(p2, args)

c = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
c.add_argument('+f', action='store_true')
c.add_argument('--bar')
c.add_argument('++baz')
c.print_help()
for args in [['+f', '--bar', 'B', '++baz', 'Z'], ['+g']]:
    run(c, args)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
child.print_help()
run(child, ['o', '--common', 'x'])

noabbrev = argparse.ArgumentParser(prog='na', allow_abbrev=False)
noabbrev.add_argument('--verbose', action='store_true')
run(noabbrev, ['--verb'])
run(noabbrev, ['--verbose'])

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo1')
amb.add_argument('--foo2')
run(amb, ['--foo', 'x'])
run(amb, ['--foo1=a', '--foo2', 'b'])

short = argparse.ArgumentParser(prog='short')
short.add_argument('-a', action='store_true')
short.add_argument('-b', action='store_true')
short.add_argument('-c')
for args in [['-ab'], ['-abc', 'val'], ['-abcval'], ['-ac=v'], ['-az'], ['-a=1']]:
    run(short, args)

rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
rem.add_argument('--opt')
run(rem, ['--opt', 'o', 'ls', '-la', '--opt', 'x'])
rem.print_help()

fixed = argparse.ArgumentParser(prog='fixed')
fixed.add_argument('point', nargs=3, type=float, metavar=('X', 'Y', 'Z'))
fixed.add_argument('--rgb', nargs=3, type=int)
fixed.add_argument('--one', nargs=1)
fixed.print_help()
for args in [['1', '2', '3'], ['1', '2'], ['1', '2', '3', '--rgb', '1', '2'], ['1', '2', '3', '--one', 'a']]:
    run(fixed, args)

noexit = argparse.ArgumentParser(prog='ne', exit_on_error=False)
noexit.add_argument('--n', type=int)
run(noexit, ['--n', 'q'])
run(noexit, ['--n', '4', 'extra'], known=True)

opt = argparse.ArgumentParser(prog='opt')
opt.add_argument('a', nargs='?', default='A')
opt.add_argument('b', nargs='*')
opt.add_argument('c')
for args in [['1'], ['1', '2'], ['1', '2', '3', '4'], []]:
    run(opt, args)

dflt = argparse.ArgumentParser(prog='dflt', argument_default=argparse.SUPPRESS)
dflt.add_argument('--a')
dflt.add_argument('--b', type=int, default='7')
dflt.set_defaults(extra=True)
run(dflt, [])
print(dflt.get_default('b'), dflt.get_default('extra'), dflt.get_default('none'))

typ = argparse.ArgumentParser(prog='typ')


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


typ.add_argument('--p', type=positive)
typ.add_argument('--f', type=argparse.FileType('r'))
run(typ, ['--p', '-3'])
run(typ, ['--p', '3'])
run(typ, ['--f', '/no/such/file'])
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType())

conflict = argparse.ArgumentParser(prog='conf', conflict_handler='resolve')
conflict.add_argument('-f', '--foo', help='old')
conflict.add_argument('--foo', help='new')
conflict.print_help()

long_help = argparse.ArgumentParser(prog='lh')
long_help.add_argument('--a-very-long-option-name-indeed', metavar='SOMETHING_LONG',
                       help='this help starts on its own line because the invocation is wide')
long_help.add_argument('-s', help='short one ' * 12)
long_help.print_help()
