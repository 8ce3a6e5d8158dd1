class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def f():
    with CM(1):
        return "ret"
print(f())
for i in range(3):
    with CM(i):
        if i == 1: continue
        if i == 2: break
def g():
    with CM("g"):
        yield 1
        yield 2
x = g(); next(x); x.close()
x = g(); next(x)
try:
    x.throw(ValueError("t"))
except ValueError as e:
    print("propagated", e)
def h():
    try:
        with CM("h"):
            raise KeyError("k")
    finally:
        print("finally h")
try: h()
except KeyError: print("KeyError out")
class Suppress:
    def __enter__(self): return None
    def __exit__(self, t, v, tb): print("suppress", t.__name__); return True
def s():
    with Suppress():
        1/0
    return "after"
print(s())
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never"); 
try:
    with EnterFails(): pass
except RuntimeError as e: print(e)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("exit failed")
try:
    with ExitFails(): raise ValueError("body")
except TypeError as e: print(e, type(e.__context__).__name__)
import sys
class Info:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exc_info in exit", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Info(): raise IndexError
print(sys.exc_info())
