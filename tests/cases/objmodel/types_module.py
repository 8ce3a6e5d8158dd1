# the types module: names for runtime types, SimpleNamespace, new_class and friends
import types, sys
def f(): yield 1
async def c(): pass
class K:
    __slots__ = ("s",)
    def m(self): pass
print(isinstance(f, types.FunctionType), types.LambdaType is types.FunctionType, isinstance(f.__code__, types.CodeType))
print(isinstance(f(), types.GeneratorType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(type.__dict__, types.MappingProxyType), isinstance(K.s, types.MemberDescriptorType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.MappingProxyType({"a": 1}), types.ModuleType("m"), types.ModuleType("m", "doc").__doc__)
print(types.FunctionType.__name__, types.CodeType.__name__, types.CellType.__name__, types.CoroutineType.__name__,
      types.AsyncGeneratorType.__name__, types.MethodDescriptorType.__name__, types.WrapperDescriptorType.__name__,
      types.ClassMethodDescriptorType.__name__, types.GetSetDescriptorType.__name__, types.TracebackType.__name__,
      types.FrameType.__name__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()), ns.__dict__)
ns.c = ns
print(ns)
del ns.c
print(ns == types.SimpleNamespace(a=1, b="x"), ns == types.SimpleNamespace(a=1), ns != types.SimpleNamespace(b="x", a=1))
class S(types.SimpleNamespace): pass
print(S(x=1), S(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == S(x=1), ns == 1)
for g in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({"a": 1}), lambda: ns.zz,
          lambda: types.SimpleNamespace(**{"a": 1}).a]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__)
X = types.new_class("X", (int,), {}, lambda d: d.update(y=2))
print(X, X.y, X(5) + 1, X.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"from_prepare": True}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
Y = types.new_class("Y", (), {"metaclass": Meta, "flag": 1})
print(type(Y), Y.from_prepare)
print(types.prepare_class("Z"), types.prepare_class("Z", (X,)))
print(types.resolve_bases((int, list[int])), types.resolve_bases((int, str)))
class E:
    def __mro_entries__(self, bases):
        return (dict,)
W = types.new_class("W", (E(),))
print(W.__mro__, W.__orig_bases__[0].__class__.__name__)
