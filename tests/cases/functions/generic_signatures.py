def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, f=6))
print(full(1, c=33, d=4, e=55, b=2))
try:
    full(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    full()
except TypeError as e:
    print(type(e).__name__, e)
try:
    full(1, d=1, d2=2, c=3, **{"c": 4})
except TypeError as e:
    print(type(e).__name__, e)
code = full.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:7])
