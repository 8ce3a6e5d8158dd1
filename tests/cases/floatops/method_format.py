def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for x in [0.0, -0.0, 0.5, -1.5, 2.675, 1e16, 1e-7, 123456.789, 1.7976931348623157e308, 5e-324, float("inf"), float("nan"), 1/3]:
    show(repr(x) + ".__format__('')", lambda: x.__format__(''))
    show(repr(x) + ".__format__('.3')", lambda: x.__format__('.3'))
    show(repr(x) + ".__format__('e')", lambda: x.__format__('e'))
    show(repr(x) + ".__format__('.2%')", lambda: x.__format__('.2%'))
    show(repr(x) + ".__format__('g')", lambda: x.__format__('g'))
    show(repr(x) + ".__format__(',.1f')", lambda: x.__format__(',.1f'))
    show(repr(x) + ".__format__('>12.4g')", lambda: x.__format__('>12.4g'))
    show(repr(x) + ".__format__('#.0f')", lambda: x.__format__('#.0f'))
    show(repr(x) + ".__format__('z.1f')", lambda: x.__format__('z.1f'))
