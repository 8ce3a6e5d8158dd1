def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(e.with_traceback(None) is e, e.__traceback__ is None)
e = KeyError("fresh")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
