log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, kw))
        ns = {}
        ns["injected"] = 42
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)
class C(metaclass=Meta, flag=True):
    a = 1
    def b(self): pass
print(C.injected)
c = C()
for entry in log:
    print(entry)
print(type(C).__name__, isinstance(C, Meta), isinstance(c, C))
class D(C):
    pass
print(log[-2:])
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"order": []}
class E(metaclass=Ordered):
    x = 1
    order.append("x")
    y = 2
    order.append("y")
print(E.order)
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class F(metaclass=BadPrep):
        pass
except TypeError as e:
    print(type(e).__name__, e)
