class Thing:
    pass


a, b = Thing(), Thing()
print(a == a, a == b, a != b, a is a)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a.__eq__(b), a.__ne__(a), a.__lt__(b))
print(type(a.__class__).__name__, a.__class__ is Thing, Thing.__class__ is type)
print(object.__name__, Thing.__bases__[0] is object, isinstance(Thing, object))
print(sorted(x for x in dir(Thing) if not x.startswith("__")), "__init__" in dir(Thing))
