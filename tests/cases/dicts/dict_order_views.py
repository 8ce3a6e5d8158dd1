d = {}
for k in [3, 1, "b", 2.5, (1,), None, True]:
    d[k] = str(k)
print(d, list(d.keys()), list(d.values()))
del d[1]
d[1] = "again"
d[3] = "updated"
print(d)
k, v, i = d.keys(), d.values(), d.items()
d["late"] = 0
print(k, v, i, len(k), "late" in k, ("late", 0) in i, 0 in v, ("late", 1) in i, ["unhashable"] in v)
print(k == {3, "b", 2.5, (1,), None, 1, "late"}, k == list(d), i == set(d.items()), v == v)
print(list(reversed(d.keys())), list(reversed(d.values()))[:2], list(reversed(d.items()))[0])
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(repr({}.keys()), repr({1: 2}.items()), str({"a": [1]}.values()))
m = k.mapping
print(type(m).__name__, m["late"])
try:
    {1: 2}.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
