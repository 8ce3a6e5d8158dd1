class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return chr(97 + i)
print(list(Seq()))
it = iter(Seq())
print(type(it).__name__, next(it))
print(list(it))
class StopIter:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopIter()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
a, b, c = Seq()
print(a, b, c)
print(sorted(Seq(), reverse=True), "".join(Seq()), max(Seq()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class Reversible:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Reversible())))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
