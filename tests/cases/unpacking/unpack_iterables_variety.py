a, b = iter([1, 2])
print(a, b)
c, d = (x * x for x in range(2))
print(c, d)
e, f = {"only": 1, "keys": 2}
print(e, f)
g, h = range(10, 12)
print(g, h)
i, j = b"AB"
print(i, j)
(k, l), = [(5, 6)]
print(k, l)
m, n = map(str.upper, "xy")
print(m, n)


class Pair:
    def __iter__(self):
        yield "left"
        yield "right"


o, p = Pair()
print(o, p)
q, *r = Pair()
print(q, r)
s1, s2 = sorted({3, 1})
print(s1, s2)
