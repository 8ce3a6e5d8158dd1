for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
for c in "xyz":
    c = c.upper()
print(c)
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst, x)
for idx in range(3):
    idx += 100
    print(idx, end=" ")
print()
d = {}
for d["key"] in range(3):
    pass
print(d)
obj = type("O", (), {})()
for obj.attr in "ab":
    pass
print(obj.attr)
items = [0, 0, 0]
for i, items[i] in enumerate([7, 8, 9]):
    pass
print(items)
