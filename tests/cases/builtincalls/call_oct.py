def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('oct(8)', lambda: oct(8))
show('oct(-8)', lambda: oct(-8))
show('oct(2 ** 64)', lambda: oct(2 ** 64))
