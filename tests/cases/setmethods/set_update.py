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
for base in [set(), {1}, {1, 2, 3}, {'a', 'b'}, set(range(10)), {(1, 2), None}, {0.5, -1, True}]:
    print('set.update([4, 5])', base, mut(base, 'update', [4, 5]))
    print("set.update({1}, 'ab')", base, mut(base, 'update', {1}, 'ab'))
    print('set.update(5)', base, mut(base, 'update', 5))
