def forms():
    a = yield
    print("a =", a)
    b = yield 1, 2
    print("b =", b)
    c = (yield) or "default"
    print("c =", c)
    d = []
    for i in range(2):
        d.append((yield i))
    print("d =", d)


g = forms()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send(None))
print(g.send("x"))
try:
    g.send("y")
except StopIteration:
    print("finished")
