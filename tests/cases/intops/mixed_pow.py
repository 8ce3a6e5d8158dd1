def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
vals = [3, -3, 0, 2 ** 70, True, 1.5, -0.0, float("inf"), float("nan"), 2j, "s", [1], None, (1,)]
for a in vals[:5]:
    for b in vals:
        big = [x for x in (a, b) if isinstance(x, int) and abs(x) > 10]
        if True and big:
            continue
        show(f"{a!r} ** {b!r}", lambda: a ** b)
        show(f"{b!r} ** {a!r}", lambda: b ** a)
