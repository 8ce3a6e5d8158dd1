things = [1, 1.5, None, True, object(), len, print, type, int.__add__, (x for x in []), iter([]), 1j, ..., NotImplemented]
for t in things:
    try:
        t[0]
    except TypeError as e:
        print(e)
for t in [1, "s", None, [1], (1,), {}, 1.5, b"", ...]:
    try:
        t()
    except TypeError as e:
        print(e)
for t in [1, 1.5, None, True, object(), len, 1j, ...]:
    try:
        iter(t)
    except TypeError as e:
        print(e)
def f(): pass
try:
    f.x.y
except AttributeError as e:
    print(e)
try:
    f[0]
except TypeError as e:
    print(e)
class C: pass
try:
    C[0]
except TypeError as e:
    print(e)
try:
    C()[0]
except TypeError as e:
    print(e)
try:
    C()[0] = 1
except TypeError as e:
    print(e)
try:
    del C()[0]
except TypeError as e:
    print(e)
try:
    len(C())
except TypeError as e:
    print(e)
try:
    for _ in C(): pass
except TypeError as e:
    print(e)
