d = {}
for i in range(10000):
    d[i] = i * i
for i in range(0, 10000, 3):
    del d[i]
print(len(d), sum(d), list(d)[:5], list(d)[-3:], d.get(9999), d.get(9998))
for i in range(5):
    d[-i] = "neg"
print(list(d)[-5:], len(d))
s = {str(i): i for i in range(1000)}
print(list(s)[:5], s["999"], len(s))
keys = list(s)
for k in keys[::2]:
    del s[k]
s["new"] = 1
print(list(s)[:3], list(s)[-2:], len(s))
print(dict(zip(range(5), "abcde")), {k: v for k, v in enumerate("xyz") if k != 1})
