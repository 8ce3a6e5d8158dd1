d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {i: i for i in range(3)}
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1}
try:
    for v in d.values():
        d[v + 1] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.update({k: v * 10})
    print(d)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
it = iter(d)
d.clear()
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
d = dict.fromkeys(range(10))
for k in range(8):
    del d[k]
d["x"] = 1
print(list(d), d.popitem(), d.popitem(), d.popitem(), d)
