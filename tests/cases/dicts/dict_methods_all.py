d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d, d.copy(), d.keys(), d.values(), d.items())
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=0)
print(d, len(d), list(d), "x" in d, "q" not in d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0), dict.fromkeys(""))
e = d.copy(); e.clear()
print(e, d == d.copy(), d is not d.copy())
for f in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: d.get(),
          lambda: d.setdefault(), lambda: d.update({}, {}), lambda: dict.fromkeys(), lambda: d[[]], lambda: d.pop([]), lambda: {}.get([])]:
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d.__len__(), d.__contains__("x"), d.__getitem__("x"), d.__iter__().__next__(), d.__eq__({}), d.__ne__(d))
d.__setitem__("new", 1); d.__delitem__("new")
print(sorted(d.items()), reversed(d).__class__.__name__, list(reversed(d)))
