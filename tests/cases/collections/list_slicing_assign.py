a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[5:1:-1])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[::2] = "ABCD"
print(a)
del a[1::2]
print(a)
del a[0]
print(a)
b = [1, 2, 3, 4, 5]
b[:] = (9, 8)
print(b)
c = [0] * 6
c[::-2] = [1, 2, 3]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del c[10]
except IndexError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d[5:] = [4, 5]
print(d)
d[:0] = d
print(d)
