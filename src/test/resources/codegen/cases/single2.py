# mode: single
if x:
    y
    1
    def f():
        z
