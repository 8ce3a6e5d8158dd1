def g(name):
    try:
        yield 1
    finally:
        print("closing", name)
_a = g("_a"); next(_a)
b = g("b"); next(b)
c = g("c")
d = [g("in-list")]; next(d[0])
print("end of program")
