x = "global"


class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]

    def method(self):
        return x


print(C.y, C.items, C().method())


class Counter:
    n = 0
    for i in range(3):
        n += i
    del i


print(Counter.n, hasattr(Counter, "i"))


class Nested:
    class Inner:
        value = 5

    ref = Inner.value * 2


print(Nested.ref, Nested.Inner.__qualname__)
body_order = []


class Ordered:
    body_order.append("start")
    a = 1
    body_order.append("middle")
    b = 2


print(body_order, [k for k in Ordered.__dict__ if not k.startswith("__")])
