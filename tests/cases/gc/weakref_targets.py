# Which objects can be weakly referenced, as in CPython, and __weakref__ with __slots__.
import sys
import weakref


class Plain:
    def method(self):
        pass


def function():
    pass


def gen():
    yield 1


candidates = [1, 2.5, 1j, True, None, "s", b"b", bytearray(b"x"), (1,), [], {}, range(3),
              slice(1), object(), ValueError("v"), iter([]), property(), staticmethod(function),
              set(), frozenset(), function, len, Plain, Plain(), Plain().method, gen(), sys,
              function.__code__, type, int]
for obj in candidates:
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "yes", r() is obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWithRef:
    __slots__ = ("x", "__weakref__")


class SubOfSlotted(Slotted):
    pass


class Error(Exception):
    pass


for cls in [Slotted, SlottedWithRef, SubOfSlotted, Error]:
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "yes", r() is obj, obj.__weakref__ is r)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

print("__weakref__" in Plain.__dict__, "__weakref__" in Slotted.__dict__,
      "__weakref__" in SlottedWithRef.__dict__, "__weakref__" in SubOfSlotted.__dict__)
p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
print(Plain.__weakref__.__class__.__name__)
