class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add = Adder(5)
print(add(1), add(1, scale=3), callable(add), callable(Adder), callable(5))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
class NotCall:
    pass
try:
    NotCall()()
except TypeError as e:
    print(type(e).__name__, e)
inst = NotCall()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(inst))
class CallAttr:
    __call__ = 5
try:
    CallAttr()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(CallAttr()))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class ViaGetattr:
    def __getattr__(self, name):
        return lambda: "ga"
try:
    ViaGetattr()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(print), callable(len), callable(int.__add__), callable(None))
for v in [None, 1, "s", [], (), {}]:
    try:
        v()
    except TypeError as e:
        print(e)
