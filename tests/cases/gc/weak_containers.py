# WeakValueDictionary, WeakKeyDictionary and WeakSet shrink when their objects die.
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


items = [Item(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for it in items:
    wvd["k%d" % it.n] = it
wkd = weakref.WeakKeyDictionary()
for it in items:
    wkd[it] = it.n * 10
ws = weakref.WeakSet(items)
print(len(wvd), len(wkd), len(ws))
print(wvd["k2"], wkd[items[3]], items[1] in ws, "k4" in wvd, items[4] in wkd)
print(sorted(wvd.keys()), sorted(wkd.values()), sorted(ws, key=lambda i: i.n))

del items[1:3]
gc.collect()
print(len(wvd), len(wkd), len(ws))
print(sorted(wvd), sorted(v.n for v in wvd.values()), sorted(k.n for k in wkd), sorted(i.n for i in ws))
print("k1" in wvd, wvd.get("k1", "gone"))
try:
    wvd["k2"]
except KeyError as e:
    print("KeyError", e)

# Deaths while iterating are applied after the loop.
seen = []
for key in wvd:
    if not seen:
        items.clear()
        gc.collect()
    seen.append(key)
print(len(seen) >= 1, len(wvd), len(wkd), len(ws))

d = weakref.WeakValueDictionary({"a": Item(7)})
gc.collect()
print(len(d))
x = Item(8)
d["x"] = x
print(d.pop("x") is x, len(d), d.setdefault("y", x) is x, dict(d.items()) == {"y": x})
print(d.popitem() == ("y", x), len(d))
d.update(z=x)
print(list(d.keys()), list(d.valuerefs())[0]() is x)
k = weakref.WeakKeyDictionary()
k[x] = 1
print(k.get(x), k.setdefault(x, 5), x in k, 3 in k, list(k.keyrefs())[0]() is x)
print(k.pop(x), len(k))
s = weakref.WeakSet()
s.add(x)
s.add(x)
print(len(s), x in s, 1 in s, s.pop() is x, len(s))
