import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class StripDir:
    """stdout without this directory in file names, so outputs do not depend on the checkout."""

    def __init__(self, f):
        self.f = f

    def write(self, text):
        return self.f.write(text.replace(HERE, ""))

    def flush(self):
        self.f.flush()


sys.stdout = StripDir(sys.stdout)
import traceback


def inner(n):
    return {"a": 1}["b" * n]


def middle():
    try:
        inner(1)
    except KeyError as e:
        raise ValueError("bad value") from e


def outer():
    try:
        middle()
    except ValueError:
        raise RuntimeError("while handling")


try:
    outer()
except RuntimeError:
    print(traceback.format_exc(), end="")
    print("--- no chain")
    traceback.print_exc(file=sys.stdout, chain=False)
    print("--- limit 1")
    traceback.print_exc(limit=1, file=sys.stdout)
    print("--- limit -1")
    print("".join(traceback.format_exception(*sys.exc_info(), limit=-1)))
    e = sys.exc_info()[1]

print("--- one argument")
print(traceback.format_exception(e)[-1], end="")
print(traceback.format_exception_only(e))
print(len(traceback.format_exception(e)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
except TypeError as t:
    traceback.print_exception(t, file=sys.stdout)
    te = traceback.TracebackException.from_exception(t)
    print(te.__suppress_context__, te.__cause__, te.__context__ is not None)
    te2 = traceback.TracebackException.from_exception(t, compact=True)
    print(te2.__context__)

# a cycle in the chain ends
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")

# an exception that was never raised has no stack
print(traceback.format_exception(OSError(2, "No such file")))
print(traceback.format_exception(ValueError, ValueError("x"), None))
for bad in [(1,), (ValueError, 1)]:
    try:
        traceback.format_exception(*bad)
    except Exception as x:
        print(type(x).__name__, x)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
