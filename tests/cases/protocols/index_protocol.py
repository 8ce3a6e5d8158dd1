class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(5)], "abcdef"[Idx(1)::Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), [0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)) if hasattr(int, "__index__") else "", operator_index := Idx(9).__index__())
import operator
print(operator.index(Idx(4)), operator.index(True))
class BadIdx:
    def __index__(self): return "x"
for f in [lambda: seq[BadIdx()], lambda: operator.index(BadIdx()), lambda: range(BadIdx())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: seq[1.0], lambda: seq["a"], lambda: "abc"[None], lambda: operator.index(1.5), lambda: range(1.5), lambda: [1] * 1.5]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BigIdx:
    def __index__(self): return 2 ** 70
try:
    seq[BigIdx()]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [0] * BigIdx()
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(seq[True], (1, 2)[False])
class BoolIdx:
    def __index__(self): return True
print(operator.index(BoolIdx()), type(operator.index(BoolIdx())).__name__)
print(round(2.5, Idx(0)), int("10", Idx(16)) if False else "skip", "abc".center(Idx(7), "*"))
