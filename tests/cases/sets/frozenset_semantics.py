f = frozenset([1, 2, 3])
print(f, hash(f) == hash(frozenset([3, 2, 1])), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1}, f - {1}, f ^ {9})
print(f.union([7]), f.copy() is f, frozenset(f) is f, type(f.copy()).__name__, f == {1, 2, 3}, {f: "key"}[frozenset({1, 2, 3})])
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset(["a"])) == hash(frozenset(["a"])), hash(frozenset([frozenset()])))
for attr in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(attr, hasattr(f, attr))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
s = {1}
s |= f
print(s, type(s).__name__)
t = f
t |= {9}
print(t, f, t is f)
print(frozenset("abc") == frozenset("cba"), frozenset() == set(), repr(frozenset()), repr(frozenset({()})))
