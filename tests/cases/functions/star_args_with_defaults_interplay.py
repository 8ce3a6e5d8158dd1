def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "d": 1, "z": 2}))
print(f(c=1, a=0))
for call in (lambda: f(1), lambda: f(c=1), lambda: f(1, 2, c=3, b=4)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
