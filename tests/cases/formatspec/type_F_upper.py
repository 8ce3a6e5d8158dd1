def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in [1.5, float('inf'), float('nan')]:
    for spec in ['', '10', '<10', '>10', '^10', '*^11', '+', '-', ' ', '#', '0', '08', ',', '_', '.3', '.0', '10.2', '+#012,.1']:
        show(f"format({v!r}, {spec + 'F'!r})", lambda: format(v, spec + 'F'))
