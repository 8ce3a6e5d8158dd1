# weakref.WeakMethod: a weak reference to a bound method, dead when its object dies.
import gc
import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name


g = Greeter("g")
wm = weakref.WeakMethod(g.hello)
print(wm()(), wm() == g.hello, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(g.hello)
print(wm == wm2, wm is wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
calls = []
wm3 = weakref.WeakMethod(g.hello, lambda r: calls.append(r is wm3))
del g
gc.collect()
print(wm(), wm3(), calls, wm == wm2)
