def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in [0, 42, -42, 3.75, -0.5, 2 ** 70, 'str', 'é', True, None, 65]:
    for fl in ['', '-', '+', ' ', '#', '0', '5', '-5', '05', '.2', '8.3', '+08.2', '*']:
        fmt = "%" + fl + '%'
        args = (6, v) if "*" in fl else (v,)
        show(repr(fmt) + " % " + repr(args), lambda: fmt % args)
