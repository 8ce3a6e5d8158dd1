import getopt
import os

cases = [
    (['-a', '-b', 'x', '--long=3', 'f'], 'ab:', ['long=']),
    (['-abval', 'rest'], 'ab:', []),
    (['-a', '--', '-b'], 'ab', []),
    (['-a', '-', '-b'], 'ab', []),
    (['file', '-a'], 'a', []),
    (['--lo'], '', ['long', 'longer']),
    (['--long'], '', ['long', 'longer']),
    (['--longe'], '', ['long', 'longer']),
    (['--l', 'v'], '', ['long=']),
    (['--long=3'], '', ['long']),
    (['--nope'], '', ['long']),
    (['-x'], 'a', []),
    (['-b'], 'b:', []),
    (['-:'], 'a:', []),
    (['--verbose', '--out', 'o.txt'], 'v', 'verbose'),
    (['--out'], '', ['out=']),
    (['--out='], '', ['out=']),
    ([], 'a', []),
]
for args, short, long in cases:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print(repr(e), e.msg, e.opt, str(e), e.args)
    try:
        print(getopt.gnu_getopt(args, short, long))
    except getopt.error as e:
        print("gnu", e)
print(getopt.gnu_getopt(['x', '-a', 'y', '--', '-b'], 'ab', []))
print(getopt.gnu_getopt(['x', '-a'], '+a', []))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(['x', '-a'], 'a', []))
print(issubclass(getopt.GetoptError, Exception), getopt.GetoptError('m').opt == '')
