# pass, break, continue, del, assert, raise, global, nonlocal, semicolons.
pass
pass;
pass; pass
pass; pass;
x = 1; y = 2; del x, y
assert x
assert x, "message"
assert x, (y, z)
assert not x, f"{x}"
del x
del x,
del x, y
del (x)
del (x, y)
del [x, y]
del (x), [y]
del x.y
del x[0]
del x[0:1]
del x.y.z[0]
del ()
del []
del (x,)
del ((x), (y,)), [[z]]
raise
raise E
raise E()
raise E from None
raise E from cause
raise E("msg") from e.args[0]
for i in x:
    break
for i in x:
    continue
while 1:
    if x: break
    else: continue
global g
global g1, g2


def f():
    global h
    x = 1

    def inner():
        nonlocal x
        nonlocal x
        x = 2
        return x
    return inner
