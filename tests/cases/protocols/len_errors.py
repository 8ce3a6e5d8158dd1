class Neg:
    def __len__(self): return -5
class Huge:
    def __len__(self): return 2 ** 63
class Str:
    def __len__(self): return "5"
class Idx:
    def __index__(self): return 4
class WithIdx:
    def __len__(self): return Idx()
class Raises:
    def __len__(self): raise RuntimeError("len failed")
for obj in [Neg(), Huge(), Str(), WithIdx(), Raises()]:
    try:
        print(len(obj))
    except Exception as e:
        print(type(e).__name__, e)
for v in [5, None, 1.5, iter([]), (x for x in [])]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(10 ** 6)), len("😀😀"), len(b"\x00\x01"), len({1: 2, 3: 4}), len(frozenset("aab")))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
