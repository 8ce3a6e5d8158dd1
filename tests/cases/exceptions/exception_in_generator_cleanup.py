def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


def consumer(g):
    for x in g:
        print("got", x)
        raise ValueError("consumer failed")


g0 = gen()
try:
    consumer(g0)
except ValueError as e:
    print("caught", e)
print("closing explicitly")
g0.close()


def gen_raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


g = gen_raises_in_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
