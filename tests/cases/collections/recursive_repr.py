a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
s = {1}
print(s)
x = []
y = [x]
x.append(y)
print(x, y)
print(a == a)
