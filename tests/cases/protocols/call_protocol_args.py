def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0, "z": 9}))
for call in ["f()", "f(1)", "f(1, 2, c=1, a=1)", "f(1, c=1, c=2)" if False else "f(c=1)", "f(1, c=1, **{'c': 2})", "f(1, **{1: 2}, c=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
def g(x, /, y):
    return x, y
for call in ["g(1, 2)", "g(1, y=2)", "g(x=1, y=2)", "g(1)", "g(1, 2, 3)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
def h(*, k):
    return k
for call in ["h(k=1)", "h(1)", "h()", "h(k=1, j=2)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
def none(): pass
try:
    none(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    none(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def meth(self, a): pass
try:
    M().meth()
except TypeError as e:
    print(type(e).__name__, e)
try:
    M().meth(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.meth()
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, d=3)
except TypeError as e:
    print(type(e).__name__, e)
