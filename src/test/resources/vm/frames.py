import sys
def outer():
    x = 1
    def inner():
        y = 2
        f = sys._getframe()
        print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sorted(f.f_locals))
        print(f.f_back.f_locals["x"], f.f_globals is globals(), f.f_back.f_lineno)
        return f
    return inner()
fr = outer()
print(fr.f_code.co_name, type(fr).__name__)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def g():
    a = 1
    b = [a]
    print(locals())
    c = 3
    print(sorted(locals().items()))
g()
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("recursion", e)
sys.setrecursionlimit(100000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(50000))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_name, code.co_filename)
ns = {}
exec("def h(): return 42\nv = h()", ns)
print(ns["v"], sorted(k for k in ns if k != "__builtins__"))
print(eval("x * 2", {}, {"x": 21}))
exec("print(__name__)")
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(e)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i = counter()
i(); i()
print(i(), i.__closure__[0].cell_contents, i.__code__.co_freevars)
print(type(sys.path), sys.platform, sys.maxsize)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
print(sys.exc_info())
print(globals()["__name__"])
