def g(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

it = g(3)
print(next(it))
print(it.send("hello"))
print(list(it))
def deleg():
    r = yield from g(2)
    print("r =", r)
    yield 99
print(list(deleg()))
gen = g(5)
next(gen)
try:
    gen.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
print(gen.gi_frame)
def stop():
    yield 1
    raise StopIteration
try:
    list(stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def closer():
    try:
        yield 1
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
def running():
    yield gr.gi_running
gr = running()
print(next(gr))
def reent():
    next(rr)
    yield
rr = reent()
try:
    next(rr)
except ValueError as e:
    print(e)
squares = (x*x for x in range(5))
print(sum(squares))
print([x for x in range(10) if x % 2])
print({x: x*2 for x in range(3)})
print({x % 3 for x in range(10)})
