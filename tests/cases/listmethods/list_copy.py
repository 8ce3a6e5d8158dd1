def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
def mut(base, name, *args, **kw):
    obj = base.copy() if hasattr(base, "copy") else type(base)(base)
    try:
        r = getattr(obj, name)(*args, **kw)
    except Exception as e:
        return (type(e).__name__ + ": " + str(e), obj)
    return (r, obj)
for base in [[], [1], [3, 1, 2], [1, 'a', None], [2, 2, 2], list(range(10)), [[1], [1]], [0.5, -1, True]]:
    print('list.copy()', base, mut(base, 'copy'))
