import inspect
import random
from inspect import Parameter

rng = random.Random(11)
KINDS = [Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD, Parameter.VAR_POSITIONAL,
         Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD]


def random_signature():
    params = []
    defaults = False
    names = iter("abcdefgh")
    for kind in KINDS:
        count = rng.randrange(3) if kind not in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD) else rng.randrange(2)
        for _ in range(count):
            default = Parameter.empty
            if kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if defaults or rng.random() < 0.3:
                    defaults = True
                    default = rng.randrange(100)
            elif kind == Parameter.KEYWORD_ONLY and rng.random() < 0.5:
                default = rng.randrange(100)
            params.append(Parameter(next(names), kind, default=default))
    return inspect.Signature(params)


for trial in range(150):
    sig = random_signature()
    nargs = rng.randrange(5)
    args = tuple(range(10, 10 + nargs))
    kwargs = {}
    for _ in range(rng.randrange(4)):
        kwargs[rng.choice("abcdefxy")] = rng.randrange(100)
    for method in (sig.bind, sig.bind_partial):
        try:
            ba = method(*args, **kwargs)
            text = "%r args=%r kwargs=%r" % (ba, ba.args, ba.kwargs)
            ba.apply_defaults()
            text += " -> %r" % (ba.arguments,)
        except TypeError as e:
            text = "TypeError %s" % e
        print(sig, args, kwargs, method.__name__, text)

def f(a, b=2, *c, d, e=5, **g): pass
ba = inspect.signature(f).bind(1, 2, 3, d=4, z=9)
print(ba, ba.signature, ba.args, ba.kwargs, ba == inspect.signature(f).bind(1, 2, 3, d=4, z=9))
print(inspect.getcallargs(f, 1, d=4), inspect.getcallargs(f, 1, 2, 3, 4, d=5, x=1))
def two(a, b, c=1): pass
for args, kw in (((), {}), ((1, 2, 3, 4), {}), ((1,), {"a": 2}), ((1, 2), {"q": 3}), ((1, 2), {})):
    try:
        print(inspect.getcallargs(two, *args, **kw))
    except TypeError as e:
        print("TypeError", e)
def kwo(a, *, b, c, d=1): pass
for args, kw in (((1,), {}), ((1, 2), {"b": 1}), ((), {"b": 1, "c": 2})):
    try:
        print(inspect.getcallargs(kwo, *args, **kw))
    except TypeError as e:
        print("TypeError", e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(kwo))
def annotated(x: int, /, y: str = "a", *v, k: float = 1.0) -> None: pass
print(inspect.getfullargspec(annotated))
class K:
    def meth(self, a): pass
k = K()
print(inspect.getfullargspec(k.meth), inspect.getcallargs(k.meth, 5) == {'self': k, 'a': 5})
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print("TypeError", e)
