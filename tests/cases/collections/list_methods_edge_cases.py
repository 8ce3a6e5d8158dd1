a = [1, 2, 3]
a.extend(a)
print(a)
a.insert(-100, 0)
a.insert(100, 9)
print(a)
a[len(a):] = [10]
print(a, a.index(3, 4), a.count(2))
b = []
b.extend(range(3))
b.extend("ab")
b.extend({"k": 1})
b.extend((x * 2 for x in range(2)))
print(b)
c = [3, 1, 2]
c.sort(key=lambda v: -v)
print(c, c.reverse(), c)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
empty = []
empty.reverse()
empty.sort()
print(empty, empty * 3, empty[:5], empty[::-1])
print([0] * -1, [[]] * 2, list(range(3)) * 2)
