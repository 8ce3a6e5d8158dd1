def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("sorted('cba')", lambda: sorted('cba'))
show('sorted([3, 1], reverse=True)', lambda: sorted([3, 1], reverse=True))
show("sorted([1, 'a'])", lambda: sorted([1, 'a']))
show('sorted({3: 1, 1: 2})', lambda: sorted({3: 1, 1: 2}))
