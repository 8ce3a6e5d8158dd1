class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name}")
        v = object.__getattribute__(self, name)
        return ("logged", v) if not callable(v) else v
    def __getattr__(self, name):
        return "fallback:" + name
    def method(self):
        return "m"
x = Logged()
print(x.a, x.method(), x.missing, x.secret_key)
print(getattr(x, "secret2", "default"), hasattr(x, "secretz"))
class Raiser:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raiser().anything
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Raiser, "mro"))
try:
    hasattr(Raiser(), "x")
except KeyError as e:
    print(type(e).__name__, e)
class Count:
    n = 0
    def __getattribute__(self, name):
        type(self).n += 1
        return super().__getattribute__(name)
c = Count()
c.__class__; c.n; c.__dict__
print(Count.n)
print(type(c).__name__, c.__class__.__name__)
