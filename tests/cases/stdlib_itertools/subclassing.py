# itertools types as bases of Python classes, where CPython allows it: names, reprs, layouts.
import itertools as it
names = ['accumulate','batched','chain','combinations','combinations_with_replacement','compress','count','cycle','dropwhile','filterfalse','groupby','islice','pairwise','permutations','product','repeat','starmap','takewhile','tee','zip_longest','_grouper','_tee']
for n in names:
    T = getattr(it, n, None)
    if T is None: print(n, 'missing'); continue
    try:
        class S(T): pass
        print(n, 'ok', S.__mro__[1].__name__, T.__module__, T.__qualname__)
    except TypeError as e:
        print(n, 'TypeError', e)
class C(it.count):
    def __repr__(self): return 'C!' + super().__repr__()
c = C(5, 2)
print(type(c).__name__, repr(c), next(c), next(c), repr(c), isinstance(c, it.count))
class R(it.repeat):
    pass
r = R('x', 3)
print(type(r).__name__, repr(r), list(r), len(list(R(1, 2))))
class Ch(it.chain):
    def __init__(self, *a):
        self.extra = len(a)
c = Ch([1], [2, 3])
print(list(c), c.extra, type(c).__name__)
print(list(Ch.from_iterable([[1], [2]])), type(Ch.from_iterable([])).__name__)
class Cy(it.cycle): pass
cy = Cy('ab'); print([next(cy) for _ in range(5)], cy.__class__.__name__)
class Is(it.islice):
    def __next__(self):
        return super().__next__() * 10
print(list(Is(range(10), 2, 8, 2)))
class P(it.product): pass
print(list(P('ab', repeat=2))[:3], type(P('a')).__name__)
class A(it.accumulate): pass
print(list(A([1,2,3])), list(A([1,2,3], initial=10)))
class G(it.groupby): pass
print([(k, list(g)) for k, g in G('aabbc')])
class Z(it.zip_longest): pass
print(list(Z('ab', 'c', fillvalue='-')))
class SM(it.starmap): pass
print(list(SM(pow, [(2, 3)])))
class CO(it.compress): pass
print(list(CO('abc', [1, 0, 1])))
class D(it.dropwhile): pass
print(list(D(lambda x: x < 2, [1, 2, 3])))
class T(it.takewhile): pass
print(list(T(lambda x: x < 2, [1, 2, 3])))
class FF(it.filterfalse): pass
print(list(FF(None, [0, 1, 0, 2])))
class PW(it.pairwise): pass
print(list(PW('abc')))
class PE(it.permutations): pass
print(list(PE('ab')))
class CB(it.combinations): pass
print(list(CB('abc', 2)))
class CW(it.combinations_with_replacement): pass
print(list(CW('ab', 2)))
print(repr(it.count(1.5)), repr(it.count(2, -1)), repr(it.repeat(None)), repr(C(0)))
print(repr(R([1], 2)))
r = R(3, times=2); r.attr = 1; print(r.attr, vars(r))
class K(it.count):
    def __init__(self, start=0, step=1, name='k'):
        self.name = name
try:
    K(1, 2, 'x')
except TypeError as e:
    print('K', e)
class K2(it.count):
    def __new__(cls, start=0, name='k'):
        self = super().__new__(cls, start)
        self.name = name
        return self
k = K2(3, 'nm'); print(k.name, next(k), repr(k))
print(C.__name__, C.__qualname__, C.__module__)
print(type(it.count()).__name__, type(it.count())  is it.count, it.count.__name__, it.count.__module__, it.count.__qualname__)
for bases in [(it.count, it.cycle), (it.dropwhile, it.takewhile), (it.count, int), (it.chain, object)]:
    try:
        X = type('X', bases, {})
        print('ok', [b.__name__ for b in X.__mro__])
    except TypeError as e:
        print('TypeError', e)
class SL(it.count):
    __slots__ = ('a',)
s = SL(); s.a = 4; print(s.a, hasattr(s, '__dict__'))
try:
    s.b = 1
except AttributeError as e:
    print('AttributeError', e)
class C1(it.count): pass
class C2(it.count): pass
x = C1(); x.__class__ = C2; print(type(x).__name__, next(x))
try:
    it.count().__class__ = C1
except TypeError as e:
    print('TypeError', e)
class Ch2(it.chain):
    def __init__(self, *its, tag=None):
        self.tag = tag
c = Ch2([1], [2], tag='t'); print(list(c), c.tag)
try:
    it.chain([1], tag=2)
except TypeError as e:
    print('TypeError', e)
class IS(it.islice):
    def __init__(self, *a, **k): pass
try:
    IS(range(5), 2, x=1)
except TypeError as e:
    print('TypeError', e)
print(list(IS(range(5), 2)))
print(iter(c) is c, hasattr(it.count(), '__dict__'))
