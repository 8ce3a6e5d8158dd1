fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([f() for f in fns])


def make():
    out = []
    for j in range(3):
        def g(j=j):
            return j
        out.append(g)
    return out


print([g() for g in make()])


def cells():
    out = []
    for k in range(3):
        def h():
            return k
        out.append(h)
    k = 100
    return out


print([h() for h in cells()])


def counters():
    fs = []
    for n in range(3):
        def wrap(n):
            def get():
                return n * 10
            return get
        fs.append(wrap(n))
    return fs


print([c() for c in counters()])
