class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes[name] = cls
        return cls
    def __repr__(cls):
        return f"<R {cls.__name__}>"
    def __len__(cls):
        return len(cls.__dict__)
    def __getitem__(cls, k):
        return cls.__name__ + k
    def __iter__(cls):
        yield from cls.__name__
    def __contains__(cls, item):
        return item == "magic"
    def __bool__(cls):
        return False
    def __add__(cls, other):
        return cls.__name__ + other.__name__
class A(metaclass=Registry): pass
class B(A): pass
print(sorted(Registry.classes), repr(A), [A, B])
print(A["x"], list(B), "magic" in A, "x" in A, bool(A), A + B)
print("yes" if A else "no")
class Callable(type):
    def __call__(cls, *args):
        return ("no instance", cls.__name__, args)
class C(metaclass=Callable):
    def __init__(self):
        print("not run")
print(C(1, 2))
class Attr(type):
    def __getattr__(cls, name):
        return "meta-getattr:" + name
class D(metaclass=Attr):
    real = 1
print(D.real, D.virtual)
try:
    D().virtual
except AttributeError as e:
    print(type(e).__name__, e)
class SetAttr(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, ("wrapped", value))
class E(metaclass=SetAttr):
    pass
E.x = 1
print(E.x)
