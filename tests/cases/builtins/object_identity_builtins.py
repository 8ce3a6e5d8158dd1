a = []
b = a
print(id(a) == id(b), id(a) == id([]) or "different", a is b)
x = object()
print(type(x).__name__, isinstance(x, object))
try:
    x.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__doc__ is not None, str(object().__class__.__name__))
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__, None.__class__.__name__)
print(bool(NotImplemented) if False else "skip", repr(...), repr(None))
