it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
calls = [0]


def counter():
    calls[0] += 1
    return calls[0]


print(list(iter(counter, 4)))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter(range(3))
print(iter(it2) is it2, type(it2).__name__, type(iter([])).__name__, type(iter("")).__name__)
