def ret_in_finally():
    try:
        yield 1
    finally:
        return "fin"
r = ret_in_finally(); next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("stop", e.value)
def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
o = outer(); print(next(o)); o.close()
o = outer(); print(next(o))
try: o.throw(KeyError("k"))
except KeyError as e: print("thrown through", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter(); next(c)
print(c.send(None), c.send(None), c.send("reset"), c.send(None))
print(c.gi_suspended if hasattr(c, "gi_suspended") else "", c.gi_running, c.gi_code.co_name, c.__name__, c.__qualname__)
def g(): yield
x = g()
print(x.gi_frame is not None); list(x); print(x.gi_frame)
try: next(x)
except StopIteration: print("exhausted")
def yf_non_gen():
    r = yield from [1, 2, 3]
    print("r", r)
print(list(yf_non_gen()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration("done-val")
        return self.i
def yf_it():
    r = yield from It()
    print("r", r)
print(list(yf_it()))
gen_exp = (i for i in range(3))
print(next(gen_exp), list(gen_exp), gen_exp.__name__)
def thrower():
    yield 1
t = thrower()
try: t.throw(TypeError, "msg")
except TypeError as e: print("before start", e)
try: next(t)
except StopIteration: print("closed after throw")
