class Weird:
    def __eq__(self, o):
        print("eq called")
        return False
    __hash__ = object.__hash__
w = Weird()
l = [w]
print(w in l, l.count(w), l.index(w), l == [w])
print(w in (w,), w in {w}, w in {w: 1})
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), nan in [nan], [nan].count(nan), {nan: 1}[nan] if True else 0)
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a = AlwaysEq()
print([1, 2] == [a, a], a in [1], [1, 2].index(a) if False else "", [5].count(a))
print([1].index(a) if False else [a].index(1))
class Raising:
    def __eq__(self, o): raise ValueError("cmp")
    __hash__ = object.__hash__
r = Raising()
try:
    [1] == [r]
except ValueError as e:
    print(type(e).__name__, e)
print([r] == [r], r in [r])
try:
    r in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(r)
except ValueError as e:
    print(type(e).__name__, e)
