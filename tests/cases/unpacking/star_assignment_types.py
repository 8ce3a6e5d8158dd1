a, *b = (1, 2, 3)
print(type(b).__name__, b)
*c, d = "xyz"
print(c, d)
e, *f = range(4)
print(e, f)
g, *h = {10: "a"}
print(g, h)
i, *j = iter([5])
print(i, j)
k, *l = (x for x in "pq")
print(k, l)
*m, = b"hi"
print(m)
