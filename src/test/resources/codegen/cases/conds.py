if 0:
    a
if 1:
    b
while 0:
    c
while 1:
    if d:
        break
if x and 0:
    e
if x or 1:
    f
y = x if 0 else z
if not x is None: g
if (a if b else c): h
if a < b < c < d: i
while a and not b: j
assert not (a or b), "m"
k = a and b and c
l = a or b or c
m = not (a and b)
n = (a or b) and (c or d)
if a:
    pass
elif b:
    pass
elif c:
    o
else:
    p
def fn():
    if x:
        return 1
    elif y:
        return 2
    return 3
