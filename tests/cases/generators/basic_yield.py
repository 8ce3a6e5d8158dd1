def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")


g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration:
    print("exhausted stays exhausted")
print(list(gen()))
print(iter(g) is g, type(g).__name__)
