def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in [0, 0.5, 1.0, -0.125, 1e-10, 3]:
    for spec in ['', '10', '<10', '>10', '^10', '*^11', '+', '-', ' ', '#', '0', '08', ',', '_', '.3', '.0', '10.2', '+#012,.1']:
        show(f"format({v!r}, {spec + '%'!r})", lambda: format(v, spec + '%'))
