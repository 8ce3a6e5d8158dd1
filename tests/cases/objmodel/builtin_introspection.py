# Introspection of builtins: dir(module), object.__getstate__, __getnewargs__, reprs and names of builtin
# class/static methods and slot wrappers.
import types, math
class A: pass
a = A(); a.x = 1
print(a.__getstate__() is a.__dict__, A().__getstate__(), object().__getstate__(), (5).__getstate__(), [1].__getstate__())
class S:
    __slots__ = ('p', 'q', '__weakref__')
s = S(); s.p = 1
print(s.__getstate__(), S().__getstate__())
class S2(S):
    __slots__ = ('__r',)
    def set(self): self.__r = 5
s2 = S2(); s2.set(); s2.q = 2
print(s2.__getstate__())
class SD(S):
    pass
sd = SD(); sd.p = 3; sd.k = 4
print(sd.__getstate__())
class D(dict): pass
d = D(); d.z = 3; print(d.__getstate__())
m = types.ModuleType('m'); print(dir(m))
m.__dir__ = lambda: ['x', 'a']; print(dir(m))
print([n for n in dir(math) if not n.startswith('_')][:5], 'sqrt' in dir(math))
print(dir(types.ModuleType('q', 'doc')))
import sys
print([n for n in dir(sys.modules[__name__]) if n.startswith('__')])
class MyMod(types.ModuleType):
    def __dir__(self): return ['custom']
print(dir(MyMod('z')))
print((1, 2).__getnewargs__(), type(().__getnewargs__()[0]).__name__)
print(repr(str.maketrans).split(' at ')[0], repr(object.__subclasshook__).split(' at ')[0], repr(dict.fromkeys).split(' at ')[0], repr(int.from_bytes).split(' at ')[0])
print(repr(bytes.maketrans).split(' at ')[0], repr(float.fromhex).split(' at ')[0], repr(bytes.fromhex).split(' at ')[0])
print(int.__add__.__qualname__, int.__add__.__name__, object.__init__.__qualname__, (1).__add__.__qualname__)
print(str.join.__qualname__, dict.fromkeys.__qualname__, str.maketrans.__qualname__, len.__qualname__)
print(str.maketrans.__self__ is None, dict.fromkeys.__self__ is dict, type(str.maketrans).__name__, type(dict.__dict__['fromkeys']).__name__)
print(type(str.__dict__['maketrans']).__name__, type(object.__dict__['__subclasshook__']).__name__)
