import inspect
import linecache


# A comment about f
# on two lines
def f(a,
      b=(1,
         2)):
    """Docstring of f.

        indented more
    """
    x = """a string
def not_a_def():
"""
    return a  # trailing


    # comment in the body
# comment at column 0
g = lambda x: (x +
               1)


class Outer:
    """Outer's doc."""

    @staticmethod
    def deco(fn):
        return fn

    class Inner:
        def method(self):
            if True:
                pass
            return 1

    @deco
    def decorated(self): return 2

    def one_liner(self): pass
    async def coro(self):
        await something

def make():
    class Local:
        y = 1
    return Local


def gen():
    yield 1


for obj in (f, g, Outer, Outer.Inner, Outer.Inner.method, Outer.decorated, Outer.one_liner,
            Outer.coro, make(), gen, Outer.Inner().method):
    lines, start = inspect.getsourcelines(obj)
    print(obj.__qualname__, start, len(lines))
    print(inspect.getsource(obj), end="----\n")
print(repr(inspect.getcomments(f)))
print(repr(inspect.getcomments(Outer)))
print(inspect.getdoc(f))
print(inspect.getdoc(Outer), inspect.getdoc(Outer.Inner))
print(repr(inspect.cleandoc("  first\n\t  second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n   a\n     b\n   c\n")))
print(inspect.indentsize("\t  x"), inspect.indentsize("    y"))

class Base:
    def meth(self):
        "Base meth doc"
    @property
    def prop(self):
        "prop doc"
class Derived(Base):
    def meth(self):
        pass
    prop = property(lambda self: 1)
print(inspect.getdoc(Derived.meth), inspect.getdoc(Derived().meth), inspect.getdoc(Derived))
print(inspect.getdoc(Base.prop), inspect.getdoc(Derived.prop))
lines, n = inspect.findsource(Outer)
print(n, lines[n], end="")
print(inspect.getfile(f) == __file__, inspect.getsourcefile(f) == __file__)
print(inspect.getmodule(f).__name__, inspect.getmodule(Outer.Inner.method).__name__, inspect.getmodule(len).__name__)
print(inspect.getmodulename("/a/b/c.py"), inspect.getmodulename("/x/y.txt"))
for bad in (5, len, int):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.getsource(int)
except TypeError as e:
    print("TypeError", e)
code = compile("def q():\n    return 1\n", "<made>", "exec")
ns = {}
exec(code, ns)
try:
    inspect.getsource(ns["q"])
except OSError as e:
    print("OSError", e)
linecache.cache["<made>"] = (22, None, ["def q():\n", "    return 1\n"], "<made>")
print(inspect.getsource(ns["q"]), end="")
print(inspect.getsourcelines(inspect.getmodule(f))[1], len(inspect.getsource(inspect.getmodule(f))) > 100)
