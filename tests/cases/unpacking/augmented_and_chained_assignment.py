a = b = []
a.append(1)
print(a, b, a is b)
a = a + [2]
print(a, b)
x = y = 0
x += 1
print(x, y)
i = j = k = "v"
print(i + j + k)
lst = [0, 0]
idx = 0
idx = lst[idx] = 1
print(idx, lst)
d = {}
d["a"] = d["b"] = []
d["a"].append("shared")
print(d)
p, q = r = 1, 2
print(p, q, r)
