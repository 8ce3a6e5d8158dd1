# T.__init__(obj, ...), T.__new__(T, ...) and super() pass keyword arguments on to the builtin.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {}
t("dict init kw", lambda: dict.__init__(d, a=1))
t("dict init both", lambda: dict.__init__(d, [(1, 2)], b=3))
print(d)
t("bound init kw", lambda: d.__init__(x=5))
print(d)
t("dict init 2 pos", lambda: dict.__init__(d, {}, {}))
t("dict new kw", lambda: type(dict.__new__(dict, a=1)).__name__)
l = [5]
t("list init", lambda: list.__init__(l, [1, 2]))
print(l)
t("list init kw", lambda: list.__init__(l, iterable=[1, 2]))
t("list new", lambda: list.__new__(list, 1, 2, a=3))
s = set()
t("set init", lambda: set.__init__(s, [1]))
t("set init kw", lambda: set.__init__(s, iterable=[1]))
t("frozenset new", lambda: frozenset.__new__(frozenset, [1]))
t("int new base", lambda: int.__new__(int, "12", base=16))
t("int new x", lambda: int.__new__(int, x="12"))
t("str new object", lambda: str.__new__(str, object=5))
t("str new encoding", lambda: str.__new__(str, b"ab", encoding="ascii"))
t("bytes new encoding", lambda: bytes.__new__(bytes, "ab", encoding="ascii"))
t("float new x", lambda: float.__new__(float, x=1))
t("complex new kw", lambda: complex.__new__(complex, real=1, imag=2))
t("tuple new kw", lambda: tuple.__new__(tuple, iterable=[1]))
t("bytearray init kw", lambda: bytearray.__init__(bytearray(), "x", encoding="ascii"))
t("bytearray init source", lambda: bytearray.__init__(bytearray(), source=b"x"))
t("object init arg", lambda: object.__init__(object(), 1))
t("object init kw", lambda: object.__init__(object(), a=1))
t("object new arg", lambda: object.__new__(object, 1))
t("object new kw", lambda: object.__new__(object, a=1))
t("object init none", lambda: object.__init__())
t("object new none", lambda: object.__new__())
t("type call", lambda: type.__call__(int, "5", base=8))
t("type init kw", lambda: type.__init__(int, "a", a=1))
t("exception init kw", lambda: Exception.__init__(Exception(), a=1))
t("int add kw", lambda: int.__add__(1, other=2))
t("int add 2", lambda: int.__add__(1, 2, 3))
t("setitem kw", lambda: dict.__setitem__({}, 1, value=2))
t("method-wrapper kw", lambda: (1).__add__(other=2))
t("method-wrapper init kw", lambda: [].__init__(iterable=()))
t("dict getitem kw", lambda: dict.__getitem__({1: 2}, key=1))
t("dict contains kw", lambda: dict.__contains__({}, key=1))
t("list getitem kw", lambda: list.__getitem__([1], i=0))
t("set contains kw", lambda: set.__contains__(set(), x=1))
t("dict getitem none", lambda: dict.__getitem__({}))
t("list getitem 2", lambda: list.__getitem__([1], 0, 1))
t("list getitem slice", lambda: list.__getitem__([1, 2, 3], slice(1, None)))
for cls, name in [(dict, "__getitem__"), (dict, "__contains__"), (list, "__getitem__"),
                  (list, "__contains__"), (set, "__contains__"), (dict, "__init__"), (int, "__new__")]:
    print(cls.__name__, name, type(vars(cls)[name]).__name__)
print(repr(dict.__getitem__), repr(list.__contains__), repr(object.__init__))

class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
print(D(a=1, b=2))
class L(list):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
t("L", lambda: L([1]))
t("L kw", lambda: L(x=1))
class I(int):
    def __new__(cls, *a, **kw):
        return super().__new__(cls, *a, **kw)
t("I", lambda: I("ff", base=16))
t("I kw", lambda: I(x=3))
class S(str):
    def __new__(cls, *a, **kw):
        return super().__new__(cls, *a, **kw)
t("S", lambda: S(b"x", encoding="utf-8", errors="strict"))
class O:
    def __init__(self, **kw):
        super().__init__(**kw)
t("O kw", lambda: O(a=1))
t("O", lambda: type(O()).__name__)
class P:
    def __new__(cls, *a, **kw):
        return super().__new__(cls, *a, **kw)
t("P", lambda: P(1))
class Q:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t("Q", lambda: Q(1))
t("Q kw", lambda: Q(a=1))
class B(bytearray):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
t("B", lambda: B("hi", encoding="ascii"))
class E(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
t("E", lambda: E(1, 2).args)
t("E kw", lambda: E(x=1))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class C(Base, metaclass=Meta, flag=7):
    pass
print(C.flag)
