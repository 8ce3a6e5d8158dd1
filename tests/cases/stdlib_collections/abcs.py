from collections import abc
import collections.abc

print(collections.abc.Iterable, abc.Mapping.__module__)
for obj in [[], (), '', b'', {}, set(), frozenset(), range(3), iter([]), (x for x in []), len, 3, None,
            {}.keys(), {}.items(), {}.values(), bytearray()]:
    names = [n for n in ['Iterable', 'Iterator', 'Sized', 'Container', 'Callable', 'Hashable', 'Sequence',
                         'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Generator',
                         'Collection', 'Reversible', 'ByteString', 'KeysView', 'ItemsView', 'ValuesView']
             if isinstance(obj, getattr(abc, n))]
    print(type(obj).__name__, names)
class MySeq(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = MySeq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, abc.Iterable))
try:
    abc.Sequence()
except TypeError as e:
    print(e)
class MyMap(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m.update(a=1, b=2)
m.setdefault('c', 3)
print(dict(m), m.get('z'), 'a' in m, m.pop('a'), list(m.keys()), list(m.items()), list(m.values()))
print(m == {'b': 2, 'c': 3}, m.popitem(), len(m))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), issubclass(int, abc.Hashable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), issubclass(list, abc.Hashable))
class S(abc.Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([9]))
@abc.Sequence.register
class Reg:
    pass
print(issubclass(Reg, abc.Sequence), issubclass(Reg, abc.Iterable), isinstance(Reg(), abc.Sized))
print(abc.Iterable[int], abc.Callable.__name__)
C = abc.Callable[[int, str], float]
print(C, C.__args__, C.__origin__, abc.Callable[..., int], abc.Callable[[], None], C == abc.Callable[[int, str], float])
try:
    abc.Callable[int]
except TypeError as e:
    print('TypeError', e)
def g(f: abc.Callable[[int], int]) -> int:
    return f(1)
print(g(lambda x: x + 1))
