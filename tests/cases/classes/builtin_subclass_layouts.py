# layout rules, slots, dict
for bases in [(int, str), (list, dict), (int, float), (tuple, list), (list, Exception), (dict, set), (bytes, bytearray)]:
    try:
        type('X', bases, {})
        print(bases, 'ok')
    except TypeError as e:
        print(e)
for b in [bool, range, slice, type(None), type(NotImplemented), type(...), type(len), type(lambda: 0)]:
    try:
        class X(b): pass
    except TypeError as e:
        print(e)
    except NameError as e:
        print('NameError')
for b in [int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset]:
    try:
        X = type('X', (b,), {'__slots__': ('a',)})
        x = X()
        x.a = 1
        print(b.__name__, 'slots ok', x.a, hasattr(x, '__dict__'))
    except TypeError as e:
        print(e)
    Y = type('Y', (b,), {'__slots__': ()})
    y = Y()
    print(hasattr(y, '__dict__'), end=' ')
    try:
        y.z = 1
    except AttributeError as e:
        print(e)
class M:
    def hello(self): return 'hello ' + type(self).__name__
class MI(M, int): pass
class IM(int, M): pass
print(MI(5).hello(), IM(6).hello(), MI(5) + 1, MI.__base__, IM.__base__, MI.__mro__)
class A(int): pass
class B(A): __slots__ = ()
try:
    class C(A): __slots__ = ('x',)
except TypeError as e:
    print(e)
class E(Exception, M): pass
print(E('x').hello(), E.__mro__)
class L1(list): pass
class L2(list): pass
x = L1([1])
x.__class__ = L2
print(type(x).__name__, x)
try:
    x.__class__ = dict
except TypeError as e:
    print(e)
class DD(dict): pass
try:
    x.__class__ = DD
except TypeError as e:
    print(e)
print(L1.__dict__.get('__dict__') is not None, '__weakref__' in L1.__dict__, int.__dict__.get('__dict__'))
print(vars(L1([1])), L1([1]).__dict__)
