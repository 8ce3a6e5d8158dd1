def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("list('ab')", lambda: list('ab'))
show('list(range(3))', lambda: list(range(3)))
show('list(5)', lambda: list(5))
show("list({'k': 1})", lambda: list({'k': 1}))
