# comparison fallbacks: NotImplemented, identity for ==, reflected order, != from __eq__, ordering errors
class A:
    def __eq__(self, o):
        print("A.__eq__"); return NotImplemented
    def __lt__(self, o):
        print("A.__lt__"); return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.__eq__"); return NotImplemented
    def __gt__(self, o):
        print("B.__gt__"); return NotImplemented
a, b = A(), B()
print(a == a, a == b, a != b, b == a)
for f in [lambda: a < b, lambda: b < a, lambda: a < 1, lambda: 1 < a, lambda: a <= a, lambda: None < None, lambda: [] < (), lambda: {} < {}]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class OnlyEq:
    def __eq__(self, o): return "truthy"
print(OnlyEq() != 1, OnlyEq() == 1, [OnlyEq()] == [1], OnlyEq() in [1])
class NeOnly:
    def __ne__(self, o): return False
print(NeOnly() == NeOnly(), NeOnly() != NeOnly())
class Weird:
    def __eq__(self, o): raise ValueError("eq boom")
w = Weird()
print([w] == [w], w in [w], (w,) == (w,))
try:
    [w] == [Weird()]
except ValueError as e:
    print("ValueError", e)
try:
    print(w in [1])
except ValueError as e:
    print("ValueError", e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    print([str(x.message) for x in caught], [x.category.__name__ for x in caught])
print(repr(NotImplemented), repr(...), type(...).__name__, type(NotImplemented).__name__, ... is Ellipsis)
for f in [lambda: type(NotImplemented)(), lambda: type(...)(), lambda: type(None)(), lambda: type(NotImplemented)(1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(1 == 1.0, 1 == True, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "a" < "b" < "c", 1 < 2 > 0, float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan"); print([n] == [n], n in [n], (n,) == (n,), {n: 1} == {n: 1})
