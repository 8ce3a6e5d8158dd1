# Class definitions: bases, keywords, starred bases, bodies, nesting.
class A: pass
class A(): pass
class A(B): pass
class A(B,): pass
class A(B, C): pass
class A(metaclass=M): pass
class A(B, metaclass=M): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
class A(*bases, **kw): pass
class A(B, *bases, x=1, **kw): pass
class A(m.B, n.C[int]): pass
class A(f()): pass
class A(B if c else D): pass
class A(x := B): pass


class A:
    """Docstring."""
    x = 1
    y: int = 2

    def f(self):
        return self.x

    class Inner:
        def g(self):
            class Innermost:
                pass
            return Innermost

    async def h(self):
        pass


class A(
    B,
    C,
):
    pass


class match: pass
class case: pass
class _: pass
class A: x = 1; y = 2
