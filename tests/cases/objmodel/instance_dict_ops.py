class C:
    cls_attr = 1
c = C()
print(c.__dict__, vars(c))
c.x = 1
c.__dict__["y"] = 2
print(c.x, c.y, vars(c))
c.__dict__ = {"z": 3}
print(c.z, hasattr(c, "x"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del c.__dict__
    print("deleted", c.__dict__)
except TypeError as e:
    print(type(e).__name__, e)
c.__dict__[1] = "int key"
print(len(c.__dict__), sorted(map(str, vars(c))))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print("cls_attr" in c.__dict__, c.cls_attr)
c.cls_attr = "shadow"
print(c.cls_attr, C.cls_attr)
del c.cls_attr
print(c.cls_attr)
