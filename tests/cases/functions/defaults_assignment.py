# __defaults__ and __kwdefaults__ keep what was assigned, an empty tuple or dict included.
import types


def f(a, b=2, *, c=3):
    return a, b, c


print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = ()
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (5,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
f.__kwdefaults__ = {}
print(f.__kwdefaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)


def g():
    pass


print(g.__defaults__, g.__kwdefaults__)
g.__defaults__ = ()
print(g.__defaults__, g())
h = types.FunctionType(f.__code__, {}, "h", ())
print(h.__defaults__)
h2 = types.FunctionType(f.__code__, {}, "h2", (7, 8))
print(h2.__defaults__, h2(1, c=0))
