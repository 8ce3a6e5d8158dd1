# with-statement and call protocols: missing methods, suppression, errors from __enter__/__exit__, __call__ = None
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Both:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter"); return "value"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.suppress
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
with Both(True) as v:
    print("body", v)
    raise ValueError("suppressed")
print("after suppress")
try:
    with Both(False):
        raise KeyError("kept")
except KeyError as e:
    print("KeyError", e)
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("exit not called"); return True
try:
    with EnterFails():
        print("not run")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit failed")
try:
    with ExitFails():
        raise ValueError("original")
except OSError as e:
    print("OSError", e, type(e.__context__).__name__, e.__context__)
class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class NotCallable:
    __call__ = None
for f in [lambda: NotCallable()(), lambda: 5(), lambda: "s"(), lambda: None(), lambda: [](1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(callable(NotCallable()))
class Meta(type):
    def __call__(cls, *a):
        return "meta call " + cls.__name__
class UsesMeta(metaclass=Meta): pass
print(UsesMeta(), callable(UsesMeta))
def kw(a, /, b, *, c): return a, b, c
for f in [lambda: kw(1, 2, 3), lambda: kw(a=1, b=2, c=3), lambda: kw(1, 2), lambda: kw(1, b=2, c=3, d=4), lambda: kw(1, 2, c=3, b=4)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
