# Generated methods in detail: defaults and signatures, ordering across subclasses, custom
# __init__, string annotations, make_dataclass options, asdict/astuple factories, enums.
import dataclasses, typing, copy
from dataclasses import *
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class A:
    x: int = 0
    y: typing.List[int] = field(default_factory=list, repr=False, compare=False, hash=True, metadata={'a': 1})
tr(lambda: str(fields(A)[1]).split(",default=")[0])
tr(lambda: A.__dataclass_fields__['x'].metadata)
tr(lambda: A() == A(y=[1]))
tr(lambda: A.__eq__(A(), 3))
tr(lambda: A.__init__.__defaults__)
tr(lambda: A.__init__.__kwdefaults__)
tr(lambda: A.__init__.__code__.co_varnames)
tr(lambda: A.__repr__.__name__)
tr(lambda: A.__hash__)
tr(lambda: A.__match_args__)
tr(lambda: A.__doc__)
@dataclass(frozen=True, eq=False)
class B:
    x: int
tr(lambda: B(1) == B(1))
tr(lambda: hash(B(1)) != 0)
tr(lambda: B.__hash__ is object.__hash__)
@dataclass(order=True)
class C:
    x: int
    y: str = 'a'
tr(lambda: C(1) < C(1, 'b'))
tr(lambda: C(1) <= C(1))
tr(lambda: max([C(2), C(3), C(1)]))
tr(lambda: C(1).__lt__(C(2)))
class Sub(C): pass
tr(lambda: C(1) < Sub(2))
tr(lambda: C(1) == Sub(1))
@dataclass
class D(C):
    z: float = 0.0
tr(lambda: D(1, 'b', 2.0))
tr(lambda: C(1) == D(1))
tr(lambda: D.__lt__ is C.__lt__)
@dataclass(init=False)
class E:
    a: int
    b: int = 3
    def __init__(self, v): self.a = v
tr(lambda: E(5))
tr(lambda: E.__doc__)
@dataclass
class F:
    a: int
    def __init__(self, q, *args, r=1, **kw): self.a = q
tr(lambda: F.__doc__)
tr(lambda: F(1))
@dataclass
class G:
    x: 'typing.Optional[int]' = None
    y: 'dataclasses.InitVar[int]' = 0
    z: 'typing.ClassVar[int]' = 1
tr(lambda: [(f.name, f.type, f.default) for f in fields(G)])
tr(lambda: [f.name for f in G.__dataclass_fields__.values()])
tr(lambda: G.__doc__)
tr(lambda: make_dataclass('Z', [('a', int, field(default_factory=list))])())
tr(lambda: make_dataclass('Z', [('a', int)], namespace={'__post_init__': lambda self: print('post')})(1))
tr(lambda: make_dataclass('Z', ('a', 'b'))(1, 2))
tr(lambda: make_dataclass('Z', [('a', int)], frozen=True, unsafe_hash=True).__hash__ is not None)
tr(lambda: astuple(A(1, [2, 3])))
tr(lambda: asdict(A(1, [2]), dict_factory=lambda kv: sorted(kv)))
tr(lambda: replace(A(1), x=2))
tr(lambda: dataclasses.is_dataclass(A()))
tr(lambda: dataclasses.__all__)
tr(lambda: copy.deepcopy(A(1, [5])))
tr(lambda: str(A(1)))
tr(lambda: FrozenInstanceError.__mro__)
tr(lambda: MISSING is dataclasses.MISSING)
tr(lambda: bool(MISSING))
tr(lambda: type(fields(A)[0].default_factory).__name__)
@dataclass
class H:
    x: int
    def __post_init__(self): raise ValueError('bad %d' % self.x)
tr(lambda: H(3))
@dataclass(repr=False)
class I:
    x: int
tr(lambda: repr(I(1)).startswith('<__main__.I object'))
@dataclass
class J:
    x: list = field(default=None)
    y: tuple = (1,)
    z: frozenset = frozenset()
tr(lambda: J())
import enum
class Color(enum.Enum):
    R = 1
@dataclass
class K:
    c: Color = Color.R
tr(lambda: K())
tr(lambda: asdict(K()))
@dataclass
class L:
    a: int
    b: int = field(init=False, default=4)
    c: int = field(init=False)
    def __post_init__(self): self.c = self.a + self.b
tr(lambda: L(1))
tr(lambda: L.__match_args__)
tr(lambda: L.b)
tr(lambda: hasattr(L, 'c'))
