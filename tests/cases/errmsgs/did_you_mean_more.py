# AttributeError and NameError suggestions in uncaught tracebacks' last line (via excepthook into a buffer)
import io, sys
def last_line(f):
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    print(buf.getvalue().rstrip("\n").split("\n")[-1])
class Thing:
    def __init__(self):
        self.colour = 1
        self.value_total = 2
    def method(self): pass
t = Thing()
last_line(lambda: t.color)
last_line(lambda: t.value_totl)
last_line(lambda: t.metod)
last_line(lambda: t.zzzzzzzzzz)
last_line(lambda: [].apend)
last_line(lambda: "".lowr)
last_line(lambda: len.__nme__)
last_line(lambda: prnt("x"))
last_line(lambda: lenn([]))
def inner():
    counter = 1
    return countr
last_line(inner)
last_line(lambda: Thing.methd)
last_line(lambda: __import__("sys").maxsiz)
def uses_self():
    class K:
        def __init__(self):
            self.speed = 1
        def go(self):
            return speed
    return K().go()
last_line(uses_self)
last_line(lambda: Exceptio)
last_line(lambda: t.a)
class Slotted:
    __slots__ = ("alpha",)
last_line(lambda: Slotted().alpah)
last_line(lambda: setattr(Slotted(), "beta", 1))
e = AttributeError("custom", name="x", obj=t)
print(e.name, e.obj is t)
n = NameError("n", name="nm")
print(n.name)
