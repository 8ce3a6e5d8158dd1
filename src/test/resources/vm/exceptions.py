import sys
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x, CM("b"):
    print("body", x.name)
with CM("c", True):
    raise ValueError("swallowed")
try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("outer", repr(e), e.args)
def f():
    try:
        return 1
    finally:
        print("finally")
print(f())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e.__context__))
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("VE", repr(e))
except* TypeError as e:
    print("TE", repr(e))
except* KeyError:
    print("KE")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled VE")
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing
except ImportError as e:
    print(e)
e = StopIteration(5)
print(e.value)
def g():
    try:
        yield 1
    except GeneratorExit:
        print("GE")
        raise
x = g(); next(x); x.close()
assert True
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)
def nested():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        return sys.exc_info()[0]
print(nested())
try:
    x = undefined_name
except NameError as e:
    print(e, e.name if hasattr(e, 'name') else '')
def uloc():
    print(v)
    v = 1
try:
    uloc()
except UnboundLocalError as e:
    print(e)
for i in range(3):
    try:
        if i == 1: continue
        print("i", i)
    finally:
        print("fin", i)
