# code.replace(): a new code object with some fields changed, the rest kept.
def f(a, b=2):
    x = a + b
    return x * 10


c = f.__code__
r = c.replace(co_name="g", co_qualname="g", co_firstlineno=100)
print(r.co_name, r.co_qualname, r.co_firstlineno, r.co_varnames, r.co_argcount)
print(r is c, r.co_code == c.co_code, r.co_consts == c.co_consts)
f.__code__ = r
print(f(1, 2), f.__name__, f.__code__.co_name)
f.__code__ = c.replace(co_consts=tuple(100 if k == 10 else k for k in c.co_consts))
print(f(1), f(1, 3))
r3 = c.replace(co_varnames=("p", "q", "y"))
print(r3.co_varnames)
print(c.replace().co_name)
for bad in [dict(co_name=5), dict(co_argcount="1"), dict(co_nonsense=1)]:
    try:
        c.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)


def outer():
    v = 1

    def inner():
        return v

    return inner


ic = outer().__code__
print(ic.replace(co_name="renamed").co_freevars, outer.__code__.replace(co_name="o2").co_cellvars)
