import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(100)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(3)
print(type(q).__name__, q.x, q.items, r.items, q is p)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = [1]
t = copy.deepcopy(s)
print(t.a, t.a is s.a, hasattr(t, 'b'))
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([2])).v)
rec = [1]
rec.append(rec)
d = copy.deepcopy(rec)
print(d[1] is d, d is not rec)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
print(copy.copy(5), copy.copy('s'), copy.copy((1, 2)), copy.deepcopy((1, [2]))) 
t = (1, 2)
print(copy.deepcopy(t) is t, copy.copy(t) is t)
class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
w = copy.deepcopy(WithState())
print(w.a, w.cache)
class Red:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Red, (self.n * 10,))
print(copy.copy(Red(1)).n, copy.deepcopy(Red(2)).n)
import collections
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.Counter('aab')))
dd = collections.defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2['a'] is dd['a'], dd2.default_factory)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy({1: {2: 3}}))
print(copy.Error, copy.error is copy.Error)
s2 = {1, 2}
print(copy.copy(s2), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'ab')))
class MyInt(int):
    pass
class MySet(set):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
mi = MyInt(5)
mi.tag = 't'
ms = MySet([1, 2])
ml = MyList([1, [2]])
ml.name = 'n'
md = MyDict(a=[1])
for obj in [mi, ms, ml, md]:
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(type(c1).__name__, c1, type(c2).__name__, c2, getattr(c2, '__dict__', None))
print(copy.deepcopy({1, 2}), copy.deepcopy(ml)[1] is ml[1])
