# Every combination of eq, order, unsafe_hash, frozen and slots on one field set: whether the
# class can be made, and how its instances hash, compare, order, print and take assignments.
import itertools
from dataclasses import dataclass, field, FrozenInstanceError


def describe(cls):
    a, b = cls(1, 'x'), cls(1, 'x')
    h = cls.__dict__.get('__hash__', 'inherited')
    hash_kind = 'None' if h is None else 'inherited' if h == 'inherited' else 'own'
    try:
        hashed = hash(a) == hash(b)
    except TypeError as e:
        hashed = 'TypeError'
    try:
        lt = a < cls(2, 'a')
    except TypeError:
        lt = 'TypeError'
    try:
        a.n = 5
        assign = a.n
    except FrozenInstanceError as e:
        assign = 'frozen'
    return f'hash={hash_kind}/{hashed} eq={a == b} lt={lt} repr={a!r} assign={assign}'


for eq, order, unsafe_hash, frozen, slots in itertools.product([True, False], repeat=5):
    opts = dict(eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen, slots=slots)
    try:
        @dataclass(**opts)
        class C:
            n: int
            s: str = field(default='', compare=False)
        print(''.join('1' if v else '0' for v in opts.values()), describe(C))
    except (TypeError, ValueError) as e:
        print(''.join('1' if v else '0' for v in opts.values()), type(e).__name__, e)
