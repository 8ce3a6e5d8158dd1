# Code objects compare and hash by their fields (not co_filename, co_qualname, co_stacksize).
s1 = "def f(a):\n    return a + 1\n"
c1 = compile(s1, "x", "exec"); c2 = compile(s1, "x", "exec")
print(c1 == c2, hash(c1) == hash(c2), c1.co_consts[0] == c2.co_consts[0])
c3 = compile(s1, "y", "exec")
print(c1 == c3)
c4 = compile("def f(a):\n    return a + 2\n", "x", "exec")
print(c1 == c4, c1 != c4)
print(c1.replace(co_name="zz") == c1, c1.replace() == c1)
print((lambda: 1).__code__ == (lambda: 1).__code__)
print((lambda: 1).__code__ == (lambda: 2).__code__)
d = {c1: 1}
print(d.get(c2))
print(c1 == 5, c1 != 5)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("lt", lambda: c1 < c2)
print(compile("1", "a", "eval") == compile("1", "a", "eval"))
print(compile("1", "a", "eval") == compile("1", "b", "eval"))
print(compile("1\n", "a", "eval") == compile("\n1", "a", "eval"))
print(compile("1.0", "a", "eval") == compile("1", "a", "eval"))
print(compile("-0.0", "a", "eval") == compile("0.0", "a", "eval"))
print(compile("x=1", "a", "exec") == compile("x = 1", "a", "exec"))
print(compile("x=1", "a", "exec") == compile("x=1", "a", "exec", optimize=2))
c = compile("def f(a):\n return a+1\n", "x", "exec")
print(c.replace(co_qualname="q") == c, c.replace(co_filename="q") == c, c.replace(co_stacksize=20) == c)
print(hash(c) == hash(c.replace(co_filename="z")), c.replace(co_consts=c.co_consts) == c)
f = [k for k in c.co_consts if hasattr(k, "co_code")][0]
print(f.replace(co_varnames=("b",)) == f, f.replace(co_firstlineno=9) == f, f.replace(co_flags=f.co_flags | 32) == f)
print(compile("(1,2)", "a", "eval") == compile("(1,2.0)", "a", "eval"))
print(compile("(1,-0.0)", "a", "eval") == compile("(1,0.0)", "a", "eval"))
print(compile("x in {1,2,3}", "a", "eval") == compile("x in {3,2,1}", "a", "eval"))
print(compile("True", "a", "eval") == compile("1", "a", "eval"))
print(compile("b'a'", "a", "eval") == compile("'a'", "a", "eval"))
def mk():
    return lambda: 1
print(mk().__code__ == mk().__code__, mk().__code__ is mk().__code__)
