def g():
    try:
        yield 1
    except ValueError:
        return "returned after throw"


gen = g()
next(gen)
try:
    gen.throw(ValueError)
except StopIteration as e:
    print("StopIteration with", e.value)


def h():
    yield 1


x = h()
for v in x:
    pass
try:
    x.throw(KeyError("after end"))
except KeyError as e:
    print("throw into finished generator raises", repr(e))
