def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in [0.0, 1.5, -1234.5678, 1e-300, 5e-324, 7, float('inf')]:
    for spec in ['', '10', '<10', '>10', '^10', '*^11', '+', '-', ' ', '#', '0', '08', ',', '_', '.3', '.0', '10.2', '+#012,.1']:
        show(f"format({v!r}, {spec + 'e'!r})", lambda: format(v, spec + 'e'))
