def numbers():
    yield from range(3)


g = numbers()
a = list(zip(g, g))
print(a, list(g))
g2 = numbers()
print(next(g2), list(g2), next(g2, "exhausted"))
it = iter([1, 2, 3, 4, 5])
pairs = list(zip(it, it))
print(pairs, list(it))
gen = (x for x in "abc")
print("a" in gen, list(gen))
gen2 = (x for x in range(10))
print(5 in gen2, next(gen2), sum(gen2))
