class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in [0, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), True, 10 ** 30]:
    print(v, hash(H(v)))
class Sub(int):
    pass
print(hash(Sub(5)), hash(Sub(-1)))
class E:
    def __eq__(self, o): return True
class F(E):
    __hash__ = lambda self: 42
print(E.__hash__ is None, hash(F()))
for bad in [1.5, "x", None, 2 ** 100 + 0.5]:
    class B:
        def __hash__(self, v=bad): return v
    try:
        hash(B())
    except TypeError as e:
        print(type(e).__name__, e)
