def counter():
    yield 1
    yield 2


g = counter()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(counter.__name__, counter().__name__, counter().__qualname__)
