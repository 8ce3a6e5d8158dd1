# types.FunctionType(code, globals, name, argdefs, closure), checked as CPython checks it.
import types
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def outer():
    x = 1
    def inner(a, b=2):
        return a + b + x
    return inner
inn = outer()
g = {'__builtins__': __builtins__, 'y': 5}
src = compile("def f(a, b=3):\n    'doc'\n    return a + b + y\n", "<s>", "exec")
code = [c for c in src.co_consts if hasattr(c, "co_code")][0]
f = types.FunctionType(code, g)
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__, f(1, 2))
f2 = types.FunctionType(code, g, "other", (10,))
print(f2.__name__, f2.__qualname__, f2.__defaults__, f2(1))
t("no closure", lambda: types.FunctionType(inn.__code__, {}))
t("closure", lambda: types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)(1))
t("closure len", lambda: types.FunctionType(inn.__code__, {}, None, None, ()))
t("closure cells", lambda: types.FunctionType(inn.__code__, {}, None, None, (1,)))
t("closure type", lambda: types.FunctionType(inn.__code__, {}, None, None, [1]))
t("extra closure", lambda: types.FunctionType(code, {}, None, None, inn.__closure__))
t("closure none", lambda: types.FunctionType(code, {}, None, None, None).__closure__)
t("bad code", lambda: types.FunctionType(1, {}))
t("bad globals", lambda: types.FunctionType(code, []))
t("bad name", lambda: types.FunctionType(code, {}, 5))
t("bad defs", lambda: types.FunctionType(code, {}, None, [1]))
t("kw", lambda: types.FunctionType(code=code, globals=g, name='kwname', argdefs=(1,)).__name__)
t("none args", lambda: types.FunctionType())
t("too many", lambda: types.FunctionType(code, g, None, None, None, 6))
t("kw closure", lambda: types.FunctionType(inn.__code__, {}, closure=inn.__closure__)(0, 0))
h = types.FunctionType(code, {'y': 1})
t("no builtins", lambda: h(1))
t("builtins attr", lambda: h.__builtins__ is __builtins__.__dict__)
t("module", lambda: types.FunctionType(code, {'__name__': 'mod'}).__module__)
t("lambda code", lambda: types.FunctionType((lambda: 42).__code__, {})())
gcode = [c for c in compile("def g():\n yield 1\n yield 2", "", "exec").co_consts if hasattr(c, "co_code")][0]
t("gen", lambda: list(types.FunctionType(gcode, {})()))
class C: pass
t("subclass", lambda: type("F", (types.FunctionType,), {}))
print(type(types.FunctionType).__name__, types.FunctionType.__name__)
def outer():
    x = 1
    def inner(a, b=2, *, c=3):
        return a + b + c + x
    return inner
f = outer()
g = types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
print(g.__kwdefaults__, g.__defaults__, g.__closure__ is f.__closure__)
try: g(1)
except TypeError as e: print(e)
g.__kwdefaults__ = {'c': 10}
print(g(1))
def plain(): pass
try:
    plain.__code__ = f.__code__
except Exception as e: print(type(e).__name__, e)
try:
    f.__code__ = plain.__code__
except Exception as e: print(type(e).__name__, e)
print(len({f.__code__, g.__code__}))
print(types.FunctionType.__new__(types.FunctionType, plain.__code__, {}).__name__)
import copy
print(copy.copy(f) is f)
