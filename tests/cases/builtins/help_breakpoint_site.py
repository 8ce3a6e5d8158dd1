import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return False


def helptext(*args):
    old = sys.stdout
    sys.stdout = c = Collect()
    try:
        help(*args)
    finally:
        sys.stdout = old
    return ''.join(c.parts)


def f(a, b=2, *, c=3):
    """Add things."""


t = helptext(f)
print('f(a, b=2, *, c=3)' in t, 'Add things.' in t, 'function f' in t)


class A:
    """A doc"""
    def meth(self, x):
        "meth doc"


t = helptext(A)
print('class A' in t, 'A doc' in t, 'meth(self, x)' in t, 'meth doc' in t)
print('len(obj, /)' in helptext(len), 'meth(x) method of' in helptext(A().meth))
print('No Python documentation found' in helptext('nosuchname_xyz'))
try:
    help(1, 2)
except TypeError as e:
    print('TypeError')
print(repr(help))
print(callable(copyright), callable(credits), callable(license), type(help).__name__, type(exit).__name__)
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.breakpointhook))
sys.breakpointhook = lambda *a, **k: print('hook', a, k)
breakpoint(1, x=2)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__
