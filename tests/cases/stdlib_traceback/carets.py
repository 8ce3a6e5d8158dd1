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

data = {"k": [1, 2]}


def cases():
    yield lambda: data["k"][5]
    yield lambda: data["missing"]
    yield lambda: 1 + None
    yield lambda: (1 +
                   None)
    yield lambda: data["日本語"]
    yield lambda: len(5)
    yield lambda: [].pop()
    yield lambda: data.nope
    yield lambda: int("x") * 2
    yield lambda: 10 // 0 if True else 0
    yield lambda: {"é": 1}["ü"] ** 2


def run(fn):
    return fn()


for case in cases():
    try:
        run(case)
    except Exception as e:
        lines = traceback.format_exception(e)
        print("".join(lines[2:]), end="")
        print("same as excepthook:", end=" ")
        import io
        saved = sys.stderr
        sys.stderr = buf = io.StringIO()
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved
        print(buf.getvalue() == "".join(lines))


def deep(n):
    def level(k):
        if k == 0:
            return undefined_name
        return level(k - 1)
    return level(n)


try:
    deep(5)
except NameError:
    print(traceback.format_exc().splitlines()[-1])
