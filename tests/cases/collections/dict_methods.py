d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("g", 7))
print(d.pop("g"), d.pop("zz", "default"), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, 1 in d, "a" not in d, len({}))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
c.clear()
print(c, d | {"z": 26}, {"a": 0} | {"a": 1})
d |= {"new": True}
print(d)
