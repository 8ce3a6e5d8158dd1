def build():
    handlers = []
    for name in ["open", "save", "quit"]:
        handlers.append(lambda: "handle " + name)
    name = "overwritten"
    return handlers


print([h() for h in build()])


def build_fixed():
    def make(n):
        return lambda: "handle " + n
    return [make(n) for n in ["open", "save", "quit"]]


print([h() for h in build_fixed()])


def comprehension_closure():
    return [(lambda: x) for x in range(3)]


print([f() for f in comprehension_closure()])
