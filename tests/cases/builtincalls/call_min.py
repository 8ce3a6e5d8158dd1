def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('min([1, 3, 2])', lambda: min([1, 3, 2]))
show('min((), default=None)', lambda: min((), default=None))
show('min(1)', lambda: min(1))
show("min([3, 'a'])", lambda: min([3, 'a']))
