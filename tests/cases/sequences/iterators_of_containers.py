for c in [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1}, frozenset({1}), range(2), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), "😀x"]:
    it = iter(c)
    print(type(it).__name__, it.__length_hint__() if hasattr(it, "__length_hint__") else "-", list(it), next(it, "exhausted"), iter(it) is it)
print(type(iter(range(2 ** 64))).__name__, type(reversed(range(3))).__name__, type(reversed([])).__name__, type(iter(iter([]))).__name__)
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
it = iter(Seq())
print(type(it).__name__, list(it), next(it, "x"))
g = (x for x in range(3))
print(type(g).__name__, iter(g) is g, list(g), list(g))
