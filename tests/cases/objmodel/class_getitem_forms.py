# __class_getitem__: implicit classmethod, lookup order, metaclass __getitem__ wins
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(A[int], A[1, 2], A[()], A["x"])
class B(A): pass
print(B[str])
print(type(A.__dict__["__class_getitem__"]).__name__)
class M(type):
    def __getitem__(cls, item):
        return "meta", item
class C(metaclass=M):
    def __class_getitem__(cls, item):
        return "cgi", item
print(C[0])
class D:
    __class_getitem__ = classmethod(lambda cls, x: ("explicit", cls.__name__, x))
print(D[5])
class E:
    pass
for f in [lambda: E[int], lambda: type(A()).__name__, lambda: A()[1], lambda: int[str] if False else 0]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class F:
    __class_getitem__ = None
try:
    F[1]
except TypeError as e:
    print("TypeError", e)
class G:
    @staticmethod
    def __class_getitem__(item):
        return "static", item
print(G[3])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[frozenset[int]])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
