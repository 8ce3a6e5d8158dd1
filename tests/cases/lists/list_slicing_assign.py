l = list(range(10))
print(l[2:5], l[::-1], l[::3], l[-3:], l[:-7], l[8:2:-2], l[100:], l[-100:2], l[5:5], l[slice(None, None, -3)])
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
l[len(l):] = [99]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[::3]
print(l)
l[1:3] = []
del l[-1:]
print(l)
l[2:2] = "xyz"
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[1:2] = m
print(m)
m = [1, 2, 3]
m[:] = m[::-1]
print(m)
n = list(range(6))
n[5:1:-2] = ["p", "q"]
print(n)
n[10:20] = ["tail"]
print(n)
del n[10:20]
del n[-100:1]
print(n)
