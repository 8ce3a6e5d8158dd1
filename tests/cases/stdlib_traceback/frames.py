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


def show():
    stack = traceback.extract_stack()
    for fs in stack:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno)
    print(stack[-1])
    print(traceback.format_stack()[-1], end="")
    traceback.print_stack(file=sys.stdout, limit=2)
    print(len(traceback.extract_stack(limit=1)))
    f = sys._getframe()
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(f)])


def caller():
    show()


caller()


def fail(x):
    return x["key"] + 1


try:
    fail({"key": "s"})
except TypeError as e:
    tb = e.__traceback__
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
    print(traceback.format_tb(tb))
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    print(traceback.format_list(summary))
    print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
    traceback.print_list([("a.py", 3, "f", "  y  ")], file=sys.stdout)

fs = traceback.FrameSummary("a.py", 3, "f", line="  x = 1  ")
print(repr(fs), repr(fs.line), list(fs), len(fs), fs[0], fs[-1])
print(fs == ("a.py", 3, "f", "x = 1"), fs == traceback.FrameSummary("a.py", 3, "f", line="other"))
print(fs == 3, fs.locals)
fs2 = traceback.FrameSummary("nofile.py", 1, "g", locals={"a": 1, "b": "s"})
print(fs2.locals, repr(fs2.line))
fs3 = traceback.FrameSummary("frames.py", 1, "h")
print(repr(fs3.line))
ss = traceback.StackSummary.from_list([fs, ("c.py", 5, "k", "pass")])
print(ss.format())


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    traceback.print_exc(file=sys.stdout)


def with_locals():
    number = 42
    text = "hello"
    raise ValueError("locals")


try:
    with_locals()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack.format_frame_summary(te.stack[-1]), end="")
    print(te.stack[-1].locals)

sys.tracebacklimit = 1
try:
    fail(None)
except TypeError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
