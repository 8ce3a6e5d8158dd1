# weakref.ref: calling, sharing of the basic ref, equality and hashing, __callback__,
# getweakrefcount/getweakrefs, and death after del + gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1() is a, r1 is r2, r1 == r2, hash(r1) == hash(a))
print(type(r1).__name__, type(r1) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(r1.__callback__)


def cb(ref):
    print("callback got a dead ref:", ref() is None, ref is r3)


r3 = weakref.ref(a, cb)
print(r3 is r1, r3 == r1, r3.__callback__ is cb)
print(weakref.getweakrefcount(a), [r is r1 for r in weakref.getweakrefs(a)])
print(a.__weakref__ is r1)

b = Node("b")
rb = weakref.ref(b)
print(r1 == rb, r1 != rb)

del a
gc.collect()
print("after collect:", r1(), r3(), r3.__callback__)
print(r1 == r2, r1 == r3, r1 != r3)
print(hash(r1) == hash(r2))
print(weakref.getweakrefcount(b), weakref.getweakrefcount(1), weakref.getweakrefs(1))

dead = weakref.ref(Node("tmp"))
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError", e)
print(dead() is None, dead == dead)

for args in [(), (b, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    weakref.ref(b, callback=None)
except TypeError as e:
    print("TypeError", e)
print(weakref.ref(b, None) is rb)
print(weakref.ref[int])
