def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in [0.0, 1e-5, 1e-4, 123456, 1234567, 1e16, 0.1, 2 ** 60, float('-inf')]:
    for spec in ['', '10', '<10', '>10', '^10', '*^11', '+', '-', ' ', '#', '0', '08', ',', '_', '.3', '.0', '10.2', '+#012,.1']:
        show(f"format({v!r}, {spec + 'g'!r})", lambda: format(v, spec + 'g'))
