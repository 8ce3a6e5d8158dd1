def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for v in ['', 'abc', '😀', 'é' * 3]:
    for spec in ['', '10', '<10', '>10', '^10', '*^11', '+', '-', ' ', '#', '0', '08', ',', '_', '.3', '.0', '10.2', '#010']:
        show(f"format({v!r}, {spec + 's'!r})", lambda: format(v, spec + 's'))
