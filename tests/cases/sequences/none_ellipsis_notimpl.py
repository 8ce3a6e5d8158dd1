print(None, repr(None), str(None), type(None).__name__, bool(None), None is None, None == None, None != 0, hash(None) == hash(None))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...), type(...)() is ...)
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented, type(None)() is None)
for f in [lambda: None < None, lambda: None + 1, lambda: len(None), lambda: None[0], lambda: None(), lambda: type(None)(1), lambda: ... + 1,
          lambda: type(...)(1), lambda: iter(None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(None.__class__, (...).__class__, None.__eq__(None), None.__ne__(1), None.__bool__(), dir(None) == dir(type(None)))
x = [None, ..., NotImplemented]
print(x, [a is b for a, b in zip(x, [None, Ellipsis, NotImplemented])], {None: 1}[None])
