# __text_signature__ of slot wrappers, calling a classmethod_descriptor directly, mappingproxy and
# staticmethod/classmethod attributes.
names = ['__add__', '__radd__', '__pow__', '__rpow__', '__repr__', '__hash__', '__lt__', '__getitem__', '__setitem__', '__delitem__',
         '__contains__', '__len__', '__iter__', '__next__', '__init__', '__call__', '__get__', '__set__', '__delete__',
         '__setattr__', '__delattr__', '__neg__', '__bool__', '__index__', '__int__', '__float__', '__str__', '__iadd__', '__imul__', '__and__', '__rand__']
import types
owners = [int, float, list, dict, str, object, type, property, types.FunctionType, bytearray, set, complex, range, tuple, iter([]).__class__]
for o in owners:
    for n in names:
        d = o.__dict__.get(n)
        if d is not None and type(d).__name__ == 'wrapper_descriptor':
            print(o.__name__, n, d.__text_signature__, d.__qualname__)
d = dict.__dict__['fromkeys']
print(d(dict, [1]))
class D(dict): pass
print(type(d(D, [1])))
for f in [lambda: d(), lambda: d(1), lambda: d(int, [1]), lambda: d(dict)]:
    try: f()
    except TypeError as e: print(e)
print((1).__add__.__text_signature__, type(str.join.__text_signature__).__name__ in ('str', 'NoneType'))

class C: pass
mp = C.__dict__
for f in [lambda: mp.__setitem__('x', 1), lambda: mp.__delitem__('x'), lambda: list(reversed(types.MappingProxyType({1: 2, 3: 4}))), lambda: types.MappingProxyType[int],
          lambda: mp.__class_getitem__.__name__, lambda: hasattr(mp, '__setitem__')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def f(x): 'doc'
for w in [staticmethod(f), classmethod(f), staticmethod(len)]:
    print(sorted(vars(w)), w.__name__, w.__qualname__, w.__module__, w.__wrapped__ is not None)
s = staticmethod(f); s.extra = 1; print(sorted(vars(s)))
print(list[int], dict.__dict__['__class_getitem__'])
class L(list): pass
print(L[int], type(L[int]))
try:
    list.__class_getitem__()
except TypeError as e:
    print(e)
