class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("swallowed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty"
with Truthy():
    1 / 0
print("after truthy")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def gen():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return "returned"
print(gen())
class InstanceEnter:
    pass
ie = InstanceEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
try:
    with ie:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
