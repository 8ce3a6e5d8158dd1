# for loops: target forms, iterable forms, else clauses.
for x in y:
    pass
for x in y:
    pass
else:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for [x, y] in z:
    pass
for x, in z:
    pass
for x, (y, z) in w:
    pass
for *x, y in z:
    pass
for x.a in y:
    pass
for x[0] in y:
    pass
for x.a[0].b in y:
    pass
for x in a, b:
    pass
for x in a, b,:
    pass
for x in *a, *b:
    pass
for x in *a, b:
    pass
for x in range(10): print(x)
for x in y: pass
else: pass
for i in x:
    for j in y:
        if i == j:
            break
    else:
        continue
    break
for x in (yield_):
    pass
for x in lambda: 0:
    pass
for x in a if b else c:
    pass
for (x) in y:
    pass
for (x), (y) in z:
    pass
for in_ in in_:
    pass
