def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for n in [0, 1, -1, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 12345678901234567890, -(10 ** 25), True]:
    show(repr(n) + '.__round__()', lambda: n.__round__())
    show(repr(n) + '.__round__(-1)', lambda: n.__round__(-1))
    show(repr(n) + '.__round__(-3)', lambda: n.__round__(-3))
    show(repr(n) + '.__round__(2)', lambda: n.__round__(2))
