# bytearray built from bytes (and friends) owns its bytes: writing to it never changes the bytes object
def f():
    return b"abcdef"
b = bytearray(f()); b[0] = 65; print(f())
c = bytearray(); c.extend(f()); c[0] = 66; print(f())
d = bytearray(b"zz"); d[:] = f(); d[0] = 67; print(f())
e = bytearray(f()) + b""; e[0] = 68; print(f())
g = bytearray(f()); g += b"x"; g[0] = 69; print(f())
h = bytearray(f()).copy(); h[0] = 70; print(f())
m = memoryview(bytearray(f())); m[0] = 71; print(f())
i = bytearray(memoryview(f())); i[0] = 72; print(f())
j = bytearray(f()[0:6]); j[0] = 73; print(f())
k = bytearray(f()) * 1; k[0] = 74; print(f())
l = bytearray(b"x"); l[0:1] = f(); l[1] = 75; print(f())
n = bytearray(f()); n.reverse(); print(f())
o = bytearray(f()); o.insert(0, 1); o[1] = 76; print(f())
p = bytearray(f()); p.pop(); p[0] = 77; print(f())
class BA(bytearray): pass
q = BA(f()); q[0] = 78; print(f())
r = bytearray(f()); r.remove(97); r[0] = 79; print(f())
