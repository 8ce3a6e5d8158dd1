# object.__new__/__init__ excess-argument rules, __class__ assignment, type attribute errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Plain: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, a): return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, a): return super().__new__(cls, a)
class InitPassesArgs:
    def __init__(self, a): super().__init__(a)
t("object args", lambda: object(1))
t("object kw", lambda: object(x=1))
t("plain args", lambda: Plain(1))
t("withinit", lambda: type(WithInit(1)).__name__)
t("withnew", lambda: type(WithNew(1)).__name__)
t("new passes", lambda: NewPassesArgs(1))
t("init passes", lambda: InitPassesArgs(1))
t("new int", lambda: object.__new__(int))
t("new not type", lambda: object.__new__(1))
t("new no args", lambda: object.__new__())
t("int new str", lambda: int.__new__(str))
t("int new sub", lambda: type(int.__new__(bool)).__name__)
t("list new", lambda: list.__new__(list, 1, 2, 3))
t("list init", lambda: list.__init__([], 1, 2))
t("dict init", lambda: dict.__init__({}, 1, 2))
class A: pass
class B: pass
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
a = A()
a.__class__ = B
print(type(a).__name__)
t("class to int", lambda: setattr(a, "__class__", int))
t("class to non-type", lambda: setattr(a, "__class__", 1))
t("int class", lambda: setattr(1, "__class__", bool))
t("slots mismatch", lambda: setattr(S(), "__class__", A))
s = S(); s.__class__ = S2; print(type(s).__name__)
t("del class", lambda: delattr(A(), "__class__"))
t("type name set", lambda: setattr(int, "__name__", "x"))
class N: pass
N.__name__ = "Renamed"; N.__qualname__ = "Q.R"
print(N, N.__name__, N.__qualname__)
t("name int", lambda: setattr(N, "__name__", 5))
t("name nul", lambda: setattr(N, "__name__", "a\0b"))
t("qualname int", lambda: setattr(N, "__qualname__", 5))
t("bases set", lambda: setattr(N, "__bases__", (int,)))
t("bases empty", lambda: setattr(N, "__bases__", ()))
class Base1: pass
class Base2: pass
class Kid(Base1): pass
Kid.__bases__ = (Base2,)
print(Kid.__mro__)
t("mro cycle", lambda: setattr(Base2, "__bases__", (Kid,)))
t("module set", lambda: (setattr(N, "__module__", "mod"), N)[1])
t("doc builtin", lambda: setattr(int, "__doc__", "x"))
t("dict set", lambda: setattr(N, "__dict__", {}))
t("mro attr", lambda: N.mro())
t("subclasses", lambda: Base1.__subclasses__())
t("subclasses kid", lambda: Base2.__subclasses__())
t("type call 0", lambda: type())
t("instancecheck", lambda: type.__instancecheck__(int, 1))
t("subclasscheck", lambda: type.__subclasscheck__(int, bool))
t("prepare", lambda: type.__prepare__("X", ()))
t("abstract", lambda: A.__abstractmethods__)
