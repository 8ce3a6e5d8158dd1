def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('all([])', lambda: all([]))
show('all([0])', lambda: all([0]))
show("all('')", lambda: all(''))
show('all(iter([1, 1]))', lambda: all(iter([1, 1])))
show('all(5)', lambda: all(5))
