import functools as ft

@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1))

@ft.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G.__lt__.__name__)
try:
    G(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    ft.total_ordering(type('X', (), {}))
except ValueError as e:
    print('ValueError', e)

print(sorted([5, 2, 4, 1], key=ft.cmp_to_key(lambda x, y: y - x)))
print(sorted(['bb', 'a', 'ccc'], key=ft.cmp_to_key(lambda x, y: len(x) - len(y))))
K = ft.cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), type(K(1)).__name__)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @ft.cached_property
    def area(self):
        Circle.calls += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.calls, 'area' in c.__dict__)
del c.area
print(c.area, Circle.calls, type(Circle.area).__name__)

@ft.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
@show.register(str)
@show.register(bytes)
def _(x):
    return 'text ' + str(len(x))
print(show(1), show(True), show([1, 2]), show('abc'), show(b'ab'), show(1.5), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[object], sorted(k.__name__ for k in show.registry))
from collections.abc import Sequence
@show.register(Sequence)
def _(x):
    return 'sequence ' + str(len(x))
print(show((1, 2, 3)), show(range(4)), show([1]))

class Calc:
    @ft.singledispatchmethod
    def add(self, x):
        return 'generic'
    @add.register
    def _(self, x: int):
        return 'int'
print(Calc().add(1), Calc().add('s'))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = ft.partialmethod(set_state, True)
cell = Cell()
cell.set_alive()
print(cell._alive)
