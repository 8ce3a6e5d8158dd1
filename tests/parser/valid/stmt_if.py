# if / elif / else chains, one-line suites and nesting.
if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
if a: pass
else: pass
if a: x = 1; y = 2
elif b: x = 3;
else: x = 4
if a:
    if b:
        pass
    elif c:
        if d:
            pass
    else:
        pass
elif not a:
    pass
if (a and
        b):
    pass
if x := 1:
    pass
elif y := 2:
    pass
if a if b else c:
    pass
if lambda: 0:
    pass
if (yield_):
    pass
if[]if 0 else():pass
