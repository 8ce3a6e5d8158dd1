# Slices and subscripts: every combination of start/stop/step, tuples of slices, starred.
x = a[0]
x = a[:]
x = a[::]
x = a[1:]
x = a[:2]
x = a[1:2]
x = a[::3]
x = a[1::3]
x = a[:2:3]
x = a[1:2:3]
x = a[1:2, 3]
x = a[1:2, ::3]
x = a[:, :]
x = a[0,]
x = a[0, 1]
x = a[(0, 1)]
x = a[*b]
x = a[*b, c]
x = a[c, *b]
x = a[*b,]
x = a[b:=1]
x = a[(b := 1):2]
x = a[-1:-2:-3]
x = a[f(x):g(y)]
x = a[lambda: 0]
x = a[x if y else z]
x = a[x if y else z:w]
x = a[{}]
x = a[...]
x = a[a[a[0]]]
x = a[1:2][3:4]
a[1:2] = b
a[::2] = c
del a[1:2], a[::]
a[1, 2] = 3
a[:, 1] += 4
x = a[
    1:
    2
]
