d = {'a': 1, 'b': 2, 'c': 3}
r = reversed(d)
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
print(type(reversed(d.values())).__name__, list(reversed(d.values())), list(reversed(d.items())), list(reversed(d.keys())))
it = reversed(d); d['x'] = 0
try:
    next(it)
except RuntimeError as e:
    print(e)
del d['x']
it = iter(d); next(it); del d['a']; d['z'] = 26
try:
    print(list(it))
except RuntimeError as e:
    print(e)
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k & {'a', 'q'}, k | ['q'], k - {'a'}, k ^ {'a', 'q'}, {'a', 'q'} & k, ['a', 'q'] - k, ('q',) | k, 'ab' ^ k)
print(i & {('a', 1)}, i - {('a', 1)}, sorted(i | {('q', 0)}), i ^ {('a', 1)})
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= {'a', 'b', 'c', 'd'})
print({'a'} < k, {'a', 'b', 'c'} == k, frozenset('abc') >= k, k == ['a', 'b', 'c'], k == d.keys(), i == d.items(), v == d.values())
print(k.isdisjoint('xyz'), k.isdisjoint('xya'), i.isdisjoint([('a', 1)]), k.mapping, type(k.mapping).__name__, i.mapping['a'], v.mapping is d)
print(hasattr(v, 'isdisjoint'), hasattr(v, '__and__'), type(k & k).__name__, k & d.keys(), i | i == set(i))
try:
    hash(k)
except TypeError as e:
    print(e)
try:
    k < 3
except TypeError as e:
    print(e)
try:
    k & 3
except TypeError as e:
    print(e)
print(list(reversed({})), reversed(d.keys()).__length_hint__())
class D(dict):
    def __reversed__(self): return iter('rev')
print(list(reversed(D(a=1))))
