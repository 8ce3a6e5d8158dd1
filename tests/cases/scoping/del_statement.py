a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"]
print(d)


class O:
    pass


o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
p, q = 1, 2
del (p, q)
print("p" in dir(), "q" in dir())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
