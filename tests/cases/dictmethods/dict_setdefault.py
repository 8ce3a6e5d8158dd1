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
for base in [{}, {'a': 1}, {'a': 1, 'b': 2, 'c': 3}, {1: 'x', 1.5: 'y', (1,): 'z'}, dict.fromkeys(range(6)), {None: None}]:
    r, after = mut(base, 'setdefault', 'a')
    print("dict.setdefault('a')", base, r, after)
    r, after = mut(base, 'setdefault', 'n', [])
    print("dict.setdefault('n', [])", base, r, after)
    r, after = mut(base, 'setdefault', {})
    print('dict.setdefault({})', base, r, after)
