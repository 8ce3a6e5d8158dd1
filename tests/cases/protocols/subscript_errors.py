l = [1, 2, 3]
for k in [3, -4, 10 ** 20, "a", 1.0, None, (1,), slice(None)]:
    try:
        print(repr(l[k]))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
t = (1,)
for k in [1, -2, "x"]:
    try:
        t[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
s = "ab"
for k in [2, "x", 1.5]:
    try:
        s[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
d = {1: 2}
for k in [2, "x", (1,), [1]]:
    try:
        d[k]
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"a"[1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a")[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l["a"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.pop(5)
except KeyError as e:
    print(type(e).__name__, e)
