vals = [3, -1, 0, 8]
print(["pos" if v > 0 else "neg" if v < 0 else "zero" for v in vals])
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
line_iter = iter(["a", "b", "", "c"])
out = []
while (line := next(line_iter)) != "":
    out.append(line)
print(out, repr(line))


def f():
    if (z := 10) > 5:
        return z + 1


print(f())
print((w := 4) * w, w)
total = 0
print([total := total + v for v in range(5)], total)
