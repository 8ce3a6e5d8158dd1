def gen():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield "caught " + e.args[0]
    finally:
        received.append("closed")
g = gen()
r1 = next(g)
r2 = g.send("a")
r3 = g.throw(ValueError("v"))
g.close()
print(r1, r2, r3, g.gi_frame)
def stop():
    yield 1
    raise StopIteration(7)
try:
    list(stop())
except RuntimeError as e:
    print(e.args[0], type(e.__cause__).__name__, e.__cause__.value)
def inner():
    x = yield 1
    return x * 2
def outer():
    r = yield from inner()
    return r + 1
o = outer()
next(o)
try:
    o.send(5)
except StopIteration as e:
    print(e.value)
class CM:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("enter"); return 42
    def __exit__(self, t, v, tb): self.log.append(t.__name__ if t else None); return True
cm = CM()
with cm as v:
    raise KeyError
print(v, cm.log)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.tag = kw["tag"]
        return cls
class Base(metaclass=Meta, tag="t"):
    def who(self): return __class__.__name__
class Sub(Base, tag="u"):
    def who(self): return "Sub>" + super().who()
print(Sub().who(), Sub.tag, type(Sub).__name__)
async def coro(x):
    return x + 1
c = coro(1)
try:
    c.send(None)
except StopIteration as e:
    print("coro", e.value)
