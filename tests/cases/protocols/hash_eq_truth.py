# __hash__ set to None by __eq__, inherited hashes, __bool__/__len__ truth rules
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() == 1)
try:
    hash(E())
except TypeError as e:
    print("TypeError", e)
class EH(E):
    __hash__ = object.__hash__
print(type(hash(EH())).__name__)
class Sub(E): pass
print(Sub.__hash__)
class OnlyHash:
    def __hash__(self): return 42
class Child(OnlyHash):
    def __eq__(self, o): return False
print(hash(OnlyHash()), Child.__hash__)
class KeepsHash(OnlyHash):
    def __eq__(self, o): return False
    __hash__ = OnlyHash.__hash__
print(hash(KeepsHash()))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class OnlyLen:
    def __len__(self): return 0
class Neither: pass
print(bool(Both()), bool(OnlyLen()), bool(Neither()), not OnlyLen(), bool([0]), bool(""), bool(0.0), bool(-0.0), bool(0j), bool(float("nan")))
class BoolNone:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
class LenNone:
    __len__ = None
try:
    bool(LenNone())
except TypeError as e:
    print("TypeError", e)
try:
    len(LenNone())
except TypeError as e:
    print("TypeError", e)
print(hash(None) == hash(None), hash(True), hash(1.0) == hash(1), hash((1, 2)), hash((1, (2, 3))), hash(()), hash(frozenset()), hash(frozenset({1, 2})))
for v in [[], {}, set(), bytearray(), slice(1)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
print({(1, 2): "a"}[(1, 2)], 1 in {1.0}, (1, 2.0) == (1.0, 2), hash((1, 2.0)) == hash((1.0, 2)))
