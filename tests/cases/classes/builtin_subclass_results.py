class MyInt(int):
    pass
a = MyInt(3)
print(a, repr(a), type(a).__name__, a + 1, type(a + 1).__name__, type(-a).__name__, type(+a).__name__)
print(isinstance(a, int), a == 3, hash(a) == hash(3), {a: 1}[3])
a.x = 5
print(a.x, a.__dict__)
print(type(int(a)).__name__, type(abs(a)).__name__, type(a * 2).__name__, type(a // 2).__name__)
print(type(a.real).__name__, type(a.numerator).__name__, a.bit_length(), type(a.conjugate()).__name__)
print(str(a), format(a, '05d'), f"{a}", "%d" % a, type(round(a)).__name__)

print(type(a.__index__()).__name__, [0,1,2,3,4][a])
class Two(int):
    def __add__(self, o): return 'two-add'
    def __radd__(self, o): return 'two-radd'
    def __repr__(self): return 'Two(%d)' % int(self)
t = Two(2)
print(t + 1, 1 + t, t, [t], str(t))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, len(p), type(p[0:1]).__name__, type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class L(list):
    def __init__(self, *a):
        super().__init__(a)
l = L(1, 2, 3)
print(l, type(l + [4]).__name__, type(l[:1]).__name__, type(l * 2).__name__, l.copy(), type(l.copy()).__name__)
l.append(4); l += [5]; print(l, type(l).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d, type(d.copy()).__name__, type(d | {}).__name__)
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hi')
print(s, repr(s), s.shout(), type(s.upper()).__name__, type(s + 'x').__name__, type(str(s)).__name__, type(s[0]).__name__)
print(type(s.strip()).__name__, type(''.join([s])).__name__, type(s * 1).__name__, type(s.replace('z','y')).__name__, type(s.__str__()).__name__)
print(type(f"{s}").__name__, type(format(s)).__name__, type("%s" % s).__name__, {s: 1}['hi'])
class F(float):
    def __repr__(self): return 'F!'
f = F(1.5)
print(f, str(f), type(f + 1).__name__, f * 2, type(-f).__name__, f.is_integer(), float(f), type(float(f)).__name__)
class C(complex): pass
c = C(1, 2)
print(c, type(c + 1).__name__, c.real, type(c.conjugate()).__name__)
class B(bytes): pass
b = B(b'abc')
print(b, type(b[0:1]).__name__, type(b + b'').__name__, type(bytes(b)).__name__, b.upper(), type(b.upper()).__name__)
class BA(bytearray): pass
ba = BA(b'xy')
ba.append(122); print(ba, type(ba).__name__, type(ba + b'').__name__, type(ba[:]).__name__)
class ST(set): pass
st = ST([1, 2])
print(st, type(st | {3}).__name__, type(st.copy()).__name__, type(st - {1}).__name__)
class FS(frozenset): pass
fs = FS([1])
print(fs, type(fs | {3}).__name__, type(fs.copy()).__name__, hash(fs) == hash(frozenset([1])))
print(repr(ST()), repr(FS()), repr(L()), repr(D()), repr(P.__new__(P, 1, 2)))
