def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('round(2.5)', lambda: round(2.5))
show('round(3.5)', lambda: round(3.5))
show('round(-0.5)', lambda: round(-0.5))
show('round(1.2345, 2)', lambda: round(1.2345, 2))
show('round(12345, -2)', lambda: round(12345, -2))
show("round(float('inf'))", lambda: round(float('inf')))
