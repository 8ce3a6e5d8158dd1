# One attribute site meets objects whose attributes live in different places, and classes
# that change under it: every access must still give what a fresh look-up gives.
class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Other:
    def __init__(self, b, a):
        self.b = b  # the same names in the other order: another dict entry
        self.a = a


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def read(o):
    return o.a, o.b


def write(o, v):
    o.a = v


objs = [Plain(1, 2), Other(3, 4), Slotted(5, 6), Plain(7, 8), Slotted(9, 10)]
for _ in range(3):
    for o in objs:
        write(o, read(o)[1] * 10)
        print(type(o).__name__, read(o))

# an unset slot, then set, then deleted
s = Slotted.__new__(Slotted)
for step in range(3):
    try:
        print("slot", read(s))
    except AttributeError as e:
        print("AttributeError:", e)
    if step == 0:
        s.a, s.b = "x", "y"
    elif step == 1:
        del s.a

# a class attribute, then shadowed by the instance, then the instance's removed
class Counter:
    n = 0


c = Counter()
for step in range(4):
    print("n", c.n)
    if step == 0:
        c.n = 5
    elif step == 1:
        Counter.n = 100
    elif step == 2:
        del c.n

# a data descriptor added to the class after the site has seen plain instance values
p = Plain(1, 2)
print(read(p))
Plain.a = property(lambda self: "prop-a")
print(read(p), p.__dict__["a"])
try:
    write(p, 3)
except AttributeError as e:
    print("AttributeError:", e)
del Plain.a
print(read(p))


# a descriptor with only __set__: stores go through it, loads see the instance dict first
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["a"] = ("set", value)


class UsesSetOnly:
    a = SetOnly()


u = UsesSetOnly()
print(type(u.__class__.__dict__["a"]).__name__)
write(u, 1)
print(u.a)
del u.__dict__["a"]
print(type(u.a).__name__)

# __dict__ replaced, attributes deleted and re-added in another order
q = Plain(1, 2)
for step in range(4):
    print("q", read(q))
    if step == 0:
        q.__dict__ = {"b": "B", "a": "A"}
    elif step == 1:
        del q.a
        q.a = "A2"
    elif step == 2:
        q.__dict__.clear()
        q.b, q.a = "b3", "a3"


# __getattr__ when the normal look-up fails
class Fallback:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
print(read(f))


# a method shadowed by an instance attribute, and restored
class M:
    def m(self):
        return "method"


m = M()
for step in range(3):
    print(m.m())
    if step == 0:
        m.m = lambda: "instance"
    elif step == 1:
        del m.m

# module attributes through the same kind of site
import sys as module
print(read(type("NS", (), {"a": module.__name__, "b": 2})()))
