class C:
    y = x
    global x
