class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def f(self):
        class InF:
            pass
        return InF
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__)
print(Outer().f().__qualname__, Outer().f().__name__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
Outer.__qualname__ = "Renamed"
print(Outer.__qualname__, Outer.__name__, repr(Outer))
Outer.__name__ = "New"
print(Outer.__name__, repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__name__ = "a\x00b"
except ValueError as e:
    print(type(e).__name__, e)
print(int.__qualname__, int.__module__)
print(str.upper.__qualname__, str.upper.__name__, dict.fromkeys.__qualname__)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
def fn(): "fn doc"
print(fn.__doc__, fn.__qualname__, fn.__module__)
