l = list(range(100000))
print(len(l), l[-1], sum(l), l[::10000], l.index(99999), l.count(5), 50000 in l, l[-100000], len(l[::-1]))
del l[10:99990]
print(l)
l = [0] * 10
l[-1] = 9
print(l[-10], l[-1], l[-5:-2])
for i in [-11, 10, 2 ** 63, -(2 ** 63)]:
    try:
        l[i]
    except IndexError as e:
        print(type(e).__name__, e)
print(l[-(2 ** 100):2 ** 100] == l, l[2 ** 100:], l[::-(2 ** 100)], l[::2 ** 100])
try:
    [0] * (2 ** 62)
except MemoryError as e:
    print(type(e).__name__)
try:
    [0] * (2 ** 64)
except OverflowError as e:
    print(type(e).__name__, e)
