import functools
import inspect
import random
from inspect import Parameter, Signature


def show(obj):
    try:
        sig = inspect.signature(obj)
        print(sig, repr(sig) == "<Signature %s>" % sig)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def f(a, b: int = 1, *args: str, c, d: "x" = 2, **kw) -> bool: pass
def g(x, y, /, z=3, *, w): pass
async def h(a=[1, 2]): pass
def k(*, only): pass

class C:
    def m(self, x, y=2): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=None): pass
    def __call__(self, v, /, *rest): pass

class D:
    def __init__(self, a, b=0): pass

class E(D):
    pass

class Meta(type):
    def __call__(cls, meta_arg): pass

class F(metaclass=Meta):
    pass

class G:
    def __new__(cls, n, *more): return super().__new__(cls)

class H(G):
    def __init__(self, y): pass

class Plain:
    pass

for obj in (f, g, h, k, C.m, C().m, C.cm, C.sm, C(), D, E, F, G, H, Plain, lambda: 0,
            lambda *a, **k: 0, functools.partial(f, 1, c=3), functools.partial(g, 1, 2),
            functools.partial(f, b=5), functools.partial(C().m, y=9), len, print, sorted,
            divmod, isinstance, object, type, int, 5, "abc"):
    show(obj)

sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.kind.description, p.default, p.annotation)
print(sig.return_annotation, Signature.empty, Parameter.empty)
print(repr(Parameter.KEYWORD_ONLY), int(Parameter.VAR_KEYWORD), Parameter.KEYWORD_ONLY < Parameter.VAR_KEYWORD)
print(sig.replace(return_annotation=Signature.empty))
print(sig.replace(parameters=list(sig.parameters.values())[:2]))
p = Parameter("x", Parameter.POSITIONAL_ONLY, default=3)
print(p, p.replace(name="y"), p.replace(kind=Parameter.KEYWORD_ONLY, annotation=list[int]))
print(p == Parameter("x", Parameter.POSITIONAL_ONLY, default=3), hash(p) == hash(p.replace()))
print(sig == inspect.signature(f), sig == inspect.signature(g), hash(sig) == hash(inspect.signature(f)))
for bad in (lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("x", 7),
            lambda: Parameter(3, Parameter.KEYWORD_ONLY),
            lambda: Parameter("def", Parameter.KEYWORD_ONLY),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY, default=1), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("a", Parameter.KEYWORD_ONLY)])):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inspect.signature(functools.partial(g, 1, 2, 3, 4))
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0], type(e.__cause__).__name__, e.__cause__)

import typing
def ann(a: typing.List[int], b: "Fwd", c: list[str] = None, d: C = None, e: typing.Optional[C] = None) -> typing.Dict[str, int]: pass
print(inspect.signature(ann))
print(inspect.formatannotation(C), inspect.formatannotation(int), inspect.formatannotation(random.Random))

def wrapped(x, y): pass
@functools.wraps(wrapped)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
wrapper.__signature__ = Signature([Parameter("z", Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(wrapper))
class WithSig:
    __signature__ = "nope"
    def __call__(self): pass
show(WithSig())
