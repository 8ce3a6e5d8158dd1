x = "global x"
len = lambda s: "shadowed len"


def outer():
    x = "enclosing x"

    def inner():
        return x, len("abc")

    return inner()


print(outer())
del len
print(len("abc"))


def local_first():
    x = "local x"
    return x


print(local_first(), x)


def enclosing_chain():
    a = 1

    def level2():
        b = 2

        def level3():
            return a + b

        return level3()

    return level2()


print(enclosing_chain())
