print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, "a1b2")))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, iter([1, 0, 2]))
print(type(f).__name__, next(f), next(f), next(f, "done"))
for bad in [lambda: map(), lambda: map(abs), lambda: list(map(abs, 5)), lambda: filter(None), lambda: list(filter(5, [1])), lambda: list(map(abs, ["x"]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(reversed("abc")) if False else "", list(reversed(range(2))), list(reversed((1, 2))))
def gen():
    yield 1
try:
    reversed(gen())
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), sum(map(len, ["ab", "c"])), list(filter(lambda s: s, map(str.strip, [" a", "  ", "b "]))))
