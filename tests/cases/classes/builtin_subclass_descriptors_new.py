class cached(property):
    """cached doc"""
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return 'cached:' + str(self.fget(obj))
class A:
    @cached
    def x(self):
        "x doc"
        return 42
    @property
    def y(self): return 1
print(A().x, type(A.__dict__['x']).__name__, A.__dict__['x'].__doc__, isinstance(A.__dict__['x'], property))
p = A.__dict__['x']
p.extra = 1
print(p.extra, p.__dict__)
class RO(property):
    pass
class B:
    @RO
    def z(self): return 'z'
    @z.setter
    def z(self, v): print('set', v)
b = B(); b.z = 3; print(b.z, type(B.__dict__['z']).__name__)
class acm(classmethod):
    __isabstractmethod__ = True
class C:
    @acm
    def f(cls): return cls.__name__
print(C.f(), C().f(), type(C.__dict__['f']).__name__)
class sm(staticmethod): pass
class D:
    @sm
    def g(x): return x * 2
print(D.g(2), D().g(3))
class MySuper(super): pass
class E(A):
    def m(self): return MySuper(E, self).y
print(E().m())
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        self.orig = v
i = I(5)
print(i, i.orig, type(i).__name__, I.__base__, I.__mro__)
class S(str):
    def __new__(cls, v, suffix):
        return str.__new__(cls, v + suffix)
s = S('a', '!')
print(s, len(s), s.upper(), type(s).__name__)
class F(float):
    def __new__(cls, v=0.0):
        return float.__new__(cls, v)
print(F(), F(2), F('3.5'), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
class Dd(dict): pass
print(type(Dd.fromkeys('ab')).__name__, Dd.fromkeys('ab'), type(int.from_bytes(b'\x01', 'big')).__name__)
class Ii(int): pass
print(type(Ii.from_bytes(b'\x01', 'big')).__name__, Ii.from_bytes(b'\x01', 'big'))
class Bb(bytes): pass
print(type(Bb.fromhex('41')).__name__, Bb.fromhex('41'))
class Ba(bytearray): pass
print(type(Ba.fromhex('41')).__name__, Ba.fromhex('41'))
