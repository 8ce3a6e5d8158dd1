class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolOnly:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolOnly(False)), bool(Both()))
for bad in [LenOnly(-1), LenOnly(2 ** 70), BoolOnly(1), BoolOnly(None)]:
    try:
        print(bool(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class LenStr:
    def __len__(self): return "3"
try:
    bool(LenStr())
except TypeError as e:
    print(type(e).__name__, e)
class LenFloat:
    def __len__(self): return 3.0
try:
    len(LenFloat())
except TypeError as e:
    print(type(e).__name__, e)
class LenBool:
    def __len__(self): return True
print(len(LenBool()))
vals = [0, 0.0, -0.0, 0j, "", b"", (), [], {}, set(), frozenset(), range(0), None, False,
        1, -1, 0.1, float("nan"), "0", " ", b"\0", (0,), [[]], {0: 0}, range(1), ..., NotImplemented if False else 1]
print([bool(v) for v in vals])
print(not LenOnly(0), not BoolOnly(True), LenOnly(0) or "alt", BoolOnly(True) and "both")
x = LenOnly(1)
print("if" if x else "else", [i for i in [LenOnly(0), LenOnly(2)] if i].__len__())
print(bool(), bool(0), bool(object()))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
