def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(5)), list(countdown(0)), type(countdown(1)).__name__)
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(take(5, naturals()), take(3, (x * x for x in naturals())))
