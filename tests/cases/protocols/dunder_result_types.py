# special methods returning the wrong type: CPython's TypeError/ValueError wording for each
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __len__(self): return self.v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __repr__(self): return self.v
    def __str__(self): return self.v
    def __hash__(self): return self.v
    def __bytes__(self): return self.v
    def __format__(self, spec): return self.v
    def __iter__(self): return self.v
    def __abs__(self): return self.v
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
tests = {
    "bool": bool, "len": len, "index": lambda o: [1, 2, 3][o], "int": int, "float": float, "complex": complex,
    "repr": repr, "str": str, "hash": hash, "bytes": bytes, "format": format, "iter": iter, "abs": abs, "operator.index": lambda o: __import__("operator").index(o),
}
for v in [1, "s", -1, 2**100, 1.5, None, True]:
    for name, f in tests.items():
        try:
            r = f(B(v))
            print(v, name, "->", repr(r))
        except Exception as e:
            print(v, name, type(e).__name__, e)
for v in [0, -1, 2**63, 2**100, "x", 1.0, True]:
    try:
        print("L", v, bool(L(v)), len(L(v)))
    except Exception as e:
        print("L", v, type(e).__name__, e)
class I(int):
    pass
class RetSub:
    def __index__(self): return I(5)
    def __int__(self): return I(6)
    def __float__(self): return 2.5
print([0, 1, 2, 3, 4, 5][RetSub()], type(int(RetSub())).__name__, int(RetSub()))
class FSub(float): pass
class RetF:
    def __float__(self): return FSub(1.5)
print(float(RetF()), type(float(RetF())).__name__)
