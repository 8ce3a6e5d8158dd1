o = object()
print(type(o).__name__, o == o, o != o, o == object(), bool(o))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
try:
    o < o
except TypeError as e:
    print(type(e).__name__, e)
print(object.__repr__ is not None, object.__str__(1), object.__format__("x", ""))
try:
    object.__format__(o, "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(o, "") == str(o))
class C:
    pass
c = C()
print(c.__reduce_ex__ is not None, c.__sizeof__() > 0, c.__class__ is C)
print(C.__hash__ is object.__hash__, hash(c) == hash(c))
print(object.__subclasshook__(), C.__subclasshook__())
print(object.__doc__)
print(C.__init__ is object.__init__, C.__new__ is object.__new__)
print(sorted(set(dir(C)) - set(dir(object))))
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(C).__class__.__name__)
print(object.__getattribute__(c, "__class__").__name__)
