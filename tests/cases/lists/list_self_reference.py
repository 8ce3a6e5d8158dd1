a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a, a[2][2][2] is a)
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
d["list"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
print(a == a, [a] == [a])
try:
    print(a == [1, 2, a[:]])
except RecursionError as e:
    print(type(e).__name__)
s = [1]
s.extend(s)
s += s
print(s)
