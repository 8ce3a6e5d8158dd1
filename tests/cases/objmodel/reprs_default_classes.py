class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C(B):
    def __str__(self):
        return "C-str"
class D:
    def __str__(self):
        return "D-str"
print(repr(B()), str(B()), repr(C()), str(C()), str(D()).startswith("<__main__.D object at"))
print(repr(A).startswith("<class"), repr(A), repr(int), repr(type), repr(object))
print([B(), C()], (B(),), {1: B()}, {B()} if False else "")
print(f"{C()!r} {C()!s} {C()}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub:
    def __repr__(self):
        return "é\n"
print(repr(StrSub()), ascii(StrSub()), [StrSub()])
class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr")
try:
    print([1, RaisingRepr()])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(A.__init__).startswith("<slot wrapper '__init__' of 'object' objects>"))
print(repr(int.__add__), repr(str.upper), repr(dict.fromkeys).startswith("<built-in method fromkeys"))
