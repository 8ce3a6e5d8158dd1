# PEP 604 unions: types.UnionType from X | Y
import types
u = int | str
print(u, repr(u), type(u), type(u).__name__, type(u).__module__, type(u).__qualname__)
print(u.__args__, u.__parameters__, type(u) is types.UnionType)
print(int | None, None | int, (int | None).__args__, int | int, int | str | int)
print((int | str) | float, int | (str | float), (int | str) | (str | int))
print(u == (str | int), u == (int | str), u != (int | float), u == int, u == (int, str))
print(hash(u) == hash(frozenset((int, str))), hash(int | None) == hash(frozenset((int, type(None)))))
print(list[int] | None, (list[int] | None).__args__, dict[str, int] | list[int], list[int] | list[int])
print(int | list[int] | (str | None), type | object, type(None) | int, int | type(None))
class M(type): pass
class A(metaclass=M): pass
class B: pass
print(A | int, int | A, B | None, (A | B).__args__)
print(u.__or__(float), u.__ror__(float), u | None, None | u, type.__or__(int, str), type.__ror__(int, str))
print(type.__or__(int, 1), u.__or__(1), int.__or__(1, 2))
print({int | str: 1}[str | int], bool(u), u.__class__)
for f in [lambda: int | "s", lambda: "s" | int, lambda: 1 | int, lambda: int | 1.5, lambda: types.UnionType(),
          lambda: u[int], lambda: u.foo, lambda: u < (int | str), lambda: type(u)("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1, u), isinstance("a", u), isinstance(1.0, u), isinstance(None, int | None), isinstance(None, int | str))
print(isinstance(True, int | str), isinstance(1, (str, int | float)), isinstance(1, float | (int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None), issubclass(A, B | A))
print(isinstance(1, int | list[int]), issubclass(int, int | list[int]))
for f in [lambda: isinstance(1, list[int] | None), lambda: issubclass(int, list[int] | None), lambda: issubclass(1, int | str),
          lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int]), lambda: isinstance(1, 1), lambda: issubclass(int, 1),
          lambda: isinstance(1, (int, 1)), lambda: isinstance(1, (str, 1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def f(x: int | None = None) -> list[int] | str:
    return x
print(f.__annotations__)
