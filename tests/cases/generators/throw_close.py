def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("handled inside:", e)
            n = 100
        finally:
            print("finally at", n)


g = resilient()
print(next(g))
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")


def unhandled():
    yield 1
    yield 2


h = unhandled()
next(h)
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
h2 = unhandled()
try:
    h2.throw(TypeError, "before start")
except TypeError as e:
    print("thrown before start:", e)
