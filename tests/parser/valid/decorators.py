# Decorators: names, attributes, calls, arbitrary expressions (PEP 614), stacking.
@d
def f(): pass


@d.e
def f(): pass


@d.e.f
def f(): pass


@d()
def f(): pass


@d(1, x=2)
def f(): pass


@d
@e
@f
def f(): pass


@d[0]
def f(): pass


@d[0].e(1)[2]
def f(): pass


@(lambda f: f)
def f(): pass


@a if b else c
def f(): pass


@x := y
def f(): pass


@a or b
def f(): pass


@a @ b
def f(): pass


@d
class C: pass


@d(1)
@e.f
class C(B): pass


@d
async def f(): pass


class D:
    @staticmethod
    def f(): pass

    @property
    def g(self): return 1

    @g.setter
    def g(self, v): pass


@ d
def f(): pass


@d  # comment
def f(): pass
