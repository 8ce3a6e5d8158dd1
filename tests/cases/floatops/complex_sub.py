def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(1e300, 1e300), complex(float("inf"), 0), 2, 0.5, True]
for a in vals:
    for b in vals:
        show(f"{a!r} - {b!r}", lambda: a - b)
