def outer():
    items = []

    def add(v):
        items.append(v)
        return len(items)

    def reset():
        nonlocal items
        items = []

    add(1)
    add(2)
    before = list(items)
    reset()
    add(3)
    return before, items


print(outer())


def counter():
    n = 0

    def read():
        return n

    def bump():
        nonlocal n
        n += 1
        return read()

    return bump


b = counter()
print(b(), b(), b())
