# Line, call, return and exception events of sys.settrace, as CPython 3.11 reports them.
import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None), list, tuple)):
        arg = type(arg).__name__
    events.append((event, name, rel, arg))
    return tracer

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while n > 0:
        n -= 1
    return total

def gen():
    yield 1
    x = yield 2
    return x

def delegate():
    r = yield from gen()
    yield r

def raises():
    d = {}
    return d["missing"]

def catches():
    try:
        raises()
    except KeyError as e:
        return "caught"
    finally:
        pass

def with_block():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    with CM() as c:
        v = [i * 2 for i in range(2)]
    return v

def lam():
    f = lambda x: x + 1
    return f(1)

sys.settrace(tracer)
loop(4)
list(delegate())
catches()
with_block()
lam()
sys.settrace(None)

for e in events:
    print(*e)
