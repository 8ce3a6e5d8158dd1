class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "dflt"), hasattr(c, "a"), hasattr(c, "b"), setattr(c, "b", 2), c.b, delattr(c, "b"), hasattr(c, "b"))
for f in [lambda: getattr(c, "zz"), lambda: getattr(c, 1), lambda: setattr(c, 1, 1), lambda: delattr(c, "a"), lambda: getattr(), lambda: hasattr(c),
          lambda: setattr(c, "x"), lambda: delattr(c, "nope"), lambda: getattr(c, "a", 1, 2)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(1, "__class__"), getattr("s", "upper")(), getattr(C, "a"), getattr(C, "__name__"), hasattr(len, "__call__"))
