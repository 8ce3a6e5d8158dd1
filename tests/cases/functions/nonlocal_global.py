g = 0


def bump():
    global g
    g += 1


bump()
bump()
print(g)


def define_global():
    global created
    created = "made inside"


define_global()
print(created)


def outer():
    x = 1

    def mid():
        nonlocal x
        x += 10

        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x


print(outer())


def shadow():
    g = "local"
    return g


print(shadow(), g)


def reads_global():
    return g + 100


print(reads_global())


def nested_global():
    def inner():
        global g
        g = -1
    inner()


nested_global()
print(g)
