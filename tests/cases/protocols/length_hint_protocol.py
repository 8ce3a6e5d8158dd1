import operator
class H:
    def __length_hint__(self): return 7
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 100
class NI:
    def __length_hint__(self): return NotImplemented
class Neg:
    def __length_hint__(self): return -1
class Str:
    def __length_hint__(self): return "x"
class Raise:
    def __length_hint__(self): raise TypeError("nope")
print(operator.length_hint(H()), operator.length_hint(L()), operator.length_hint(NI(), 5), operator.length_hint(object(), 9))
for o in [Neg(), Str(), Raise()]:
    try:
        print(operator.length_hint(o))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3])
print(operator.length_hint(it), next(it), operator.length_hint(it))
print(operator.length_hint(iter(range(10))), operator.length_hint(iter("abcd")), operator.length_hint(iter({1: 2})))
print(operator.length_hint(reversed([1, 2])), operator.length_hint(iter((1,))), operator.length_hint(x for x in []))
try:
    operator.length_hint([], "x")
except TypeError as e:
    print(type(e).__name__, e)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __length_hint__(self): return 1000
print(list(Iter()))
