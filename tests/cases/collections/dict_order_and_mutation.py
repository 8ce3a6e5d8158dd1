d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d)
d["apple"] = 0
print(d)
del d["banana"]
d["banana"] = 1
print(d)
print(list(reversed(d)), list(reversed(d.items())))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
keys = d.keys()
d["late"] = 9
print(keys, len(keys), "late" in keys)
vals = d.values()
items = d.items()
del d["late"]
print(list(vals), list(items)[-1])
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
print({(1, 2): "t", frozenset([1]): "fs", None: "n", "s": "s"})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
