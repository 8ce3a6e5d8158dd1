d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "changed"
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3, 4]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2]
out = []
for x in l:
    out.append(x)
    if len(l) < 5:
        l.append(x * 10)
print(out, l)
d = {"a": 1}
try:
    for k in d.keys():
        d.pop(k); d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
it = iter(d.items())
next(it)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 2}
it = iter(d.values())
d.clear(); d[5] = 6
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
it = iter(d)
next(it)
del d["y"]; d["z"] = 3
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
