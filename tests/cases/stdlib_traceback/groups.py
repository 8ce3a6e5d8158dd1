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


def f(i):
    raise ValueError(f"bad {i}")


def collect(n):
    errors = []
    for i in range(n):
        try:
            f(i)
        except ValueError as e:
            errors.append(e)
    return errors


try:
    raise ExceptionGroup("many", collect(3) + [ExceptionGroup("inner", [TypeError("t")])])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    lines = traceback.format_exception(eg)
    print(len(lines))

try:
    raise ExceptionGroup("wide", collect(17))
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    te = traceback.TracebackException.from_exception(eg, max_group_width=2)
    print("".join(te.format()), end="")

g = ValueError("leaf")
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g])
print("".join(traceback.format_exception(g)), end="")
te = traceback.TracebackException.from_exception(g, max_group_depth=2)
print("".join(te.format()), end="")

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ExceptionGroup("with context", [RuntimeError("r")])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
