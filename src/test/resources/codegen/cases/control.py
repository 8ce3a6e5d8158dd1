if a:
    b
elif c:
    d
else:
    e
if a and b or c:
    pass
if not (a or b):
    x = 1
while a:
    if b:
        break
    if c:
        continue
    d
else:
    e
while True:
    f()
for x in y:
    if x:
        continue
    g(x)
else:
    h()
for x, y in z:
    pass
for i in [1, 2, 3]:
    pass
for i in {1, 2}:
    pass
for i in [a, b]:
    pass
if x in [1, 2, 3]:
    pass
if x not in {1, 2}:
    pass
assert x
assert x, "msg"
assert x < 1, y
if a < b < c:
    pass
x = a if b < c < d else e
while a is not None:
    a = a.next
raise
raise E
raise E from F
if __debug__:
    debugging()
