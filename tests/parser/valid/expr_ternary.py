# Conditional expressions: nesting and associativity.
a = x if c else y
b = x if c else y if d else z
c = (x if c else y) if d else z
d = x if (y if c else d) else z
e = lambda: x if c else y
f = [x if c else y for c in z]
g = (x if c else y for c in z)
h = {k if c else j: v for k, v in w}
i = f(x if c else y)
j = f(a=x if c else y)
k = x if not c else -y
l = x or y if c and d else z
m = (yield_ if c else d)
n = x if c else lambda: y
o = 1 if True else 2 if False else 3 if None else 4
p = (
    a
    if b
    else c
)
