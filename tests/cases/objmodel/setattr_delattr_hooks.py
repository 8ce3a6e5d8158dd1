class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)
t = Tracked()
t.a = 3
t.keep = "k"
setattr(t, "b", 10)
print(t.a, t.b, t.keep)
del t.a
delattr(t, "b")
try:
    del t.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.nothere
except AttributeError as e:
    print(type(e).__name__, e)
print(t.log)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError(f"frozen: {n}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del object().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(t, 5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, None)
except TypeError as e:
    print(type(e).__name__, e)
