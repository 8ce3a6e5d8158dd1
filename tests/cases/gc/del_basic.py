# __del__ runs once an object is unreachable: at the latest in gc.collect(), also for cycles,
# and its weakrefs die after it has run.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Res("a")
b = Res("b")
del a
gc.collect()
print("after a")
del b
gc.collect()
print("after b")

c = Res("cycle")
c.me = c
del c
gc.collect()
print("after cycle")

x = Res("x")
y = Res("y")
x.other = y
y.other = x
rx = weakref.ref(x)
del x, y
print("collected something:", gc.collect() > 0)
print("weakref dead:", rx() is None)


def make():
    local = Res("local")
    return 42


result = make()
gc.collect()
print(result, "after function")


class Child(Res):
    pass


ch = Child("child")
del ch
gc.collect()


class Late:
    pass


Late.__del__ = lambda self: print("added later")
late2 = Late()
del late2
gc.collect()
print("end")
