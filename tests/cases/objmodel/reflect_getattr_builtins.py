print(getattr(5, "real"), getattr("a", "upper")(), getattr([], "nope", "d"))
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, "a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(5, "imag"), hasattr(None, "x"))
try:
    hasattr(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
class N: pass
n = N()
setattr(n, "weird name", 1)
setattr(n, "1", 2)
print(getattr(n, "weird name"), vars(n))
delattr(n, "1")
print(vars(n))
try:
    delattr(n)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(n, "x")
except TypeError as e:
    print(type(e).__name__, e)
class S(str): pass
try:
    setattr(n, S("sub"), 3)
    print(getattr(n, "sub"))
except TypeError as e:
    print(type(e).__name__, e)
