def pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


g, s = pair()
print(g())
s(42)
print(g())
g2, s2 = pair()
print(g2(), g())
print(g.__closure__[0] is s.__closure__[0], g.__closure__[0] is g2.__closure__[0])
print(g.__closure__[0].cell_contents)


def make_stack():
    items = []
    return items.append, items.pop, lambda: list(items)


push, pop, peek = make_stack()
push(1)
push(2)
print(peek(), pop(), peek())
