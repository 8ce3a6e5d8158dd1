d = dict.fromkeys("abcde", 0)
del d["b"]
d["b"] = 1
d.pop("a")
d["a"] = 2
d["c"] = 3
print(list(d), d)
for k in list(d):
    if d[k] == 0:
        del d[k]
print(d)
d.update({"z": 9, "b": 10})
print(d, list(d.keys())[0], list(d.values())[-1])
e = {}
for i in range(20):
    e[i] = i
for i in range(0, 20, 2):
    del e[i]
e[0] = "new"
print(list(e))
