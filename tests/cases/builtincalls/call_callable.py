def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('callable(len)', lambda: callable(len))
show('callable(1)', lambda: callable(1))
show('callable(type)', lambda: callable(type))
show('callable()', lambda: callable())
