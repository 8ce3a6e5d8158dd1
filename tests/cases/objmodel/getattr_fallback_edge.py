class P:
    x = 1
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom")
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()
p = P()
print(p.x, p.foo, getattr(p, "bar"), hasattr(p, "_priv"), getattr(p, "_z", 0))
try:
    p.boom
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, "boom")
except ValueError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def v(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "ga:" + name
print(Prop().v)
class NoGA:
    @property
    def v(self):
        raise AttributeError("prop failed")
try:
    NoGA().v
except AttributeError as e:
    print(type(e).__name__, e)
class Rec:
    def __getattr__(self, name):
        return self.__dict__.get(name, "none:" + name)
r = Rec(); r.q = 3
print(r.q, r.zz)
print(P.__getattr__(p, "direct"))
try:
    P.foo
except AttributeError as e:
    print(type(e).__name__, e)
