def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('pow(2, 100)', lambda: pow(2, 100))
show('pow(2, -1)', lambda: pow(2, -1))
show('pow(2, 3, 5)', lambda: pow(2, 3, 5))
show('pow(-2, 0.5)', lambda: pow(-2, 0.5))
show('pow(2, -1, 5)', lambda: pow(2, -1, 5))
show('pow(0, -1)', lambda: pow(0, -1))
