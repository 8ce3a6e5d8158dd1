import dis

from disshow import Buffer, masked, show


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    yield from range(2)
    return "end"


show(gen)
g = gen(2)
print(next(g))
print("--- running generator, at its yield")
show(g)
print(g.gi_frame.f_lasti, g.send("x"))
ge = (i * i for i in range(3))
show(ge)
print(list(ge))
