class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("creating", name, sorted(k for k in ns if not k.startswith("__")))
        return cls

    def __call__(cls, *args):
        print("calling", cls.__name__, args)
        return super().__call__(*args)


class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v


class Derived(Base):
    extra = 1


d = Derived(5)
print(d.v, Derived.created_by, type(Derived).__name__, type(d).__name__)
Dyn = type("Dyn", (Base,), {"z": 26})
print(Dyn.z, Dyn.created_by, isinstance(Dyn, Meta))
Plain = type("Plain", (), {"f": lambda self: "plain f"})
print(Plain().f(), Plain.__name__, type(Plain) is type, type(type))
