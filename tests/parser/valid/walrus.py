# Assignment expressions where the grammar allows them.
if (n := len(a)) > 10:
    pass
while (line := f.readline()):
    pass
if x := 1:
    pass
while chunk := read():
    pass
y = (z := 1)
print(w := 2)
print(a, w := 2)
print(key=(w := 2))
f = [y := 1, y ** 2]
g = {y := 1, 2}
h = {(k := 1): (v := 2)}
i = [j for x in a if (j := x)]
i = [(j := x) for x in a]
k = (l := 1, m := 2)
n = a[(o := 1)]
n = a[o := 1]
p = lambda: (q := 1)
r = (s := (t := 3))
if any((u := x) > 0 for x in a):
    pass
assert (v := 1)
del_ = (w := 1)
x = y if (z := 1) else w
elif_ = [a := 1]


def ff(a=(b := 1)):
    return (c := a)


match (m := 5):
    case _:
        pass
with (c := open(f)) as g:
    pass
