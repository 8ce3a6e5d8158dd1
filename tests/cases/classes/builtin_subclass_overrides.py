class RevList(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))
    def __len__(self): return 42
    def __contains__(self, x): return x == 'magic'
    def __getitem__(self, i): return ('item', i)
r = RevList([1, 2, 3])
print([x for x in r], len(r), 'magic' in r, 1 in r, r[0], list(r), tuple(r), sorted(r), bool(r))
a, b, c = r
print(a, b, c, *r)
def f(*args): return args
print(f(*r), sum(r), max(r), min(r), ' '.join(map(str, r)), set(r) == {1, 2, 3}, dict.fromkeys(r))
print(list.__len__(r), list.__getitem__(r, 0), repr(r), str(r), r == [1, 2, 3])
class RevTuple(tuple):
    def __iter__(self): return iter((9, 9))
t = RevTuple((1, 2))
print(f(*t), list(t), tuple(t), [*t], len(t), t)
x, y = t
print(x, y)
class KD(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return 'KD' + k
    def __iter__(self): return iter(['a'])
kd = KD(a=1, b=2)
print(dict(kd), {**kd}, (lambda **k: k)(**kd), kd['a'], kd.get('a'), list(kd), kd)
class KD2(dict):
    def __getitem__(self, k): return 'KD2'
kd2 = KD2(a=1)
print(dict(kd2), {**kd2}, (lambda **k: k)(**kd2), kd2['a'], kd2.get('a'), list(kd2.items()))
d = {}
d.update(kd); print(d)
d = {}
d.update(kd2); print(d)
class HS(str):
    def __eq__(self, o): return True
    def __hash__(self): return 7
h = HS('a')
print(h == 'zz', {h: 1}.get('b'), 'b' in {h: 1}, hash(h), h != 'a', HS.__ne__ is str.__ne__)
class IS(str):
    def __str__(self): return 'custom'
    def __repr__(self): return 'IS!'
i = IS('v')
print(i, str(i), repr(i), f"{i}", "%s %r" % (i, i), [i], "{}".format(i), format(i), i + 'w', i.upper(), len(i))
class MyInt(int):
    def __int__(self): return 99
    def __index__(self): return 98
    def __float__(self): return 1.25
    def __bool__(self): return False
    def __str__(self): return 'mi'
m = MyInt(5)
print(int(m), float(m), bool(m), str(m), repr(m), [0]*3 if m else 'falsy', hex(m), bin(m), "%d" % m, "{:d}".format(m), f"{m}", range(10)[m])
import math
print(math.floor(m), abs(m), -m, m + 0, m == 5, m < 6, [1,2,3,4,5,6,7][m])
class MF(float):
    def __float__(self): return 2.5
mf = MF(1.0)
print(float(mf), mf + 0, math.sqrt(mf), int(mf), round(mf))
class Num(int):
    def __eq__(self, o): return 'eq!'
    def __lt__(self, o): return 'lt!'
    __hash__ = int.__hash__
n = Num(3)
print(n == 3, 3 == n, n < 2, 2 > n, n != 3, {n: 1}[3])
class AddL(list):
    def __add__(self, o): return 'added'
    def __iadd__(self, o): return 'iadded'
    def __mul__(self, o): return 'mul'
al = AddL([1])
print(al + [2], [2] + al, al * 2, 2 * al)
al += [3]; print(al)
class Sq(list):
    def __setitem__(self, i, v): print('set', i, v)
    def __delitem__(self, i): print('del', i)
sq = Sq([1, 2])
sq[0] = 5; del sq[1]; sq[0:1] = [7]; print(sq)
sq.append(3); print(sq)
