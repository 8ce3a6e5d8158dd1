import inspect
import sys


def inner(x):
    frame = inspect.currentframe()
    print(frame.f_code.co_name, inspect.getlineno(frame) == frame.f_lineno)
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.index)
    print(info.filename == __file__, info.positions)
    print(inspect.getframeinfo(frame, context=3).code_context)
    print(inspect.getargvalues(frame).args, inspect.getargvalues(frame)[:3], sorted(inspect.getargvalues(frame).locals))
    st = inspect.stack()
    print([(r.function, r.lineno) for r in st])
    print(st[0].code_context, st[0].index, st[0][3], st[1].positions)
    args, va, kw, loc = inspect.getargvalues(frame)
    print(inspect.formatargvalues(args, va, kw, loc))
    return [r.function for r in inspect.getouterframes(frame, 0)]


def outer(*args, **kw):
    return inner(len(args))


print(outer(1, 2, k=3))


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    records = inspect.trace()
    print([(r.function, r.lineno, r.code_context) for r in records])
    tb = sys.exc_info()[2]
    print([r.function for r in inspect.getinnerframes(tb, 0)])
    tbi = inspect.getframeinfo(tb.tb_next)
    print(tbi.function, tbi.lineno, tbi.code_context, tbi.positions)
    print(repr(inspect.getframeinfo(tb.tb_next, 1)).replace(repr(__file__), "FILE"))
try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

x = 5
def closure_maker():
    y = 10
    def uses():
        return x + y + len([]) + undefined_name
    return uses
print(inspect.getclosurevars(closure_maker()))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError", e)

import functools
def base(): pass
@functools.wraps(base)
def w1(): pass
@functools.wraps(w1)
def w2(): pass
print(inspect.unwrap(w2) is base, inspect.unwrap(w2, stop=lambda f: f is w1) is w1)
def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
