def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('hash(0.5)', lambda: hash(0.5))
show('hash(-1)', lambda: hash(-1))
show('hash((1, 2))', lambda: hash((1, 2)))
show('hash([1])', lambda: hash([1]))
show('hash(frozenset({1}))', lambda: hash(frozenset({1})))
