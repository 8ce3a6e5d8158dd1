print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(x > 2 for x in range(5)), all(iter([True])))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(v) for v in [0, 1, 2]), calls)
calls.clear()
print(all(t(v) for v in [1, 0, 2]), calls)
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower), sorted({2: 1, 1: 2}.items()), len(sorted(range(1000))))
print(len(""), len([]), len({}), len(range(0)), len("😀"), len(b"\x00"), len({1: 2}.keys()), len(frozenset()), len((None,)))
for f in [lambda: any(), lambda: all(1), lambda: any(5), lambda: sorted(1), lambda: sorted([1], 2), lambda: len(1), lambda: len()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
