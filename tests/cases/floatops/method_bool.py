def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for x in [0.0, -0.0, 0.5, -1.5, 2.675, 1e16, 1e-7, 123456.789, 1.7976931348623157e308, 5e-324, float("inf"), float("nan"), 1/3]:
    show(repr(x) + '.__bool__()', lambda: x.__bool__())
