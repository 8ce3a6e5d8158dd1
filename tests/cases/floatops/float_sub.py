def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
vals = [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, float("inf"), float("-inf"), float("nan"), 3, -7, 2 ** 70]
for a in vals[:11]:
    for b in vals:
        show(f"{a!r} - {b!r}", lambda: a - b)
