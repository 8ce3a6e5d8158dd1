def bad():
    yield 1
    raise StopIteration("leaks")


try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def ret_value():
    yield 1
    return [1, 2]


g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)


def inner_next():
    it = iter([])
    yield next(it)


try:
    list(inner_next())
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("plain StopIteration", repr(e))
