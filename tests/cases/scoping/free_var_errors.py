def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = "now bound"
    return inner()


print(outer())


def deleted_cell():
    v = 1

    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)


deleted_cell()
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)
